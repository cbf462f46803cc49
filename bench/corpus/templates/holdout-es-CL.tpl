# Holdout check set, Spanish of Chile. Written apart from the tuning: do not tune on it.
===
Hola [[PERSON:Josefa]]:

Recibimos tu solicitud. Para emitir la boleta a tu nombre usamos el RUT {{CL_RUT}}. Si necesitas factura, envíanos el RUT de la empresa y el giro.

Saludos cordiales,
[[PERSON:Tomás Vergara]]
Ejecutivo de Atención
===
Hola:

El despacho va a [[STREET_ADDRESS:Av. Providencia 1208, depto 1503]], Providencia, Santiago. Quien recibe es mi pareja, [[PERSON:Catalina Fuentes]], su celular es {{PHONE_CL:nat}}.

Gracias,
[[PERSON:Martín Olivares]]
===
Hola [[PERSON:Agustín]]:

Te enviamos la clave dinámica por SMS. Tu código de verificación es {{OTP6}}; no lo compartas con nadie, ni siquiera con ejecutivos de Nubeo.

Saludos,
Seguridad Nubeo Chile
===
Hola [[PERSON:Antonia]]:

Tu boleta N° 4488120 por $ 34.990 ya está disponible. El pago se hizo con la tarjeta terminada en 0004 y el número de operación es 12.345.678.

El plan Fibra 600 se renueva el 05/08/2024.

Saludos,
Nubeo Chile
===
Hola equipo:

Reenvío el correo del cliente. Ojo que el RUT que indica ({CL_RUT:bad}) no es válido; hay que pedírselo de nuevo.

---------- Mensaje reenviado ---------
De: [[PERSON:Cristóbal Muñoz]] <[[EMAIL_ADDRESS:cmunoz@example.cl]]>
Asunto: Cambio de plan

Quiero bajar al plan de 300 megas. Mi teléfono es {{PHONE_CL:intl}}.

Saludos
===
Hola [[PERSON:Vicente]]:

Según el registro, la conexión al servidor VPN de tu empresa se hizo desde tu IP [[IP_ADDRESS:192.168.10.24]] y luego desde [[IP_ADDRESS:198.51.100.201]]. La segunda es la IP pública de tu casa.

Para conectarte al router ingresa a 192.168.0.1 con el usuario admin.

Saludos,
Soporte Técnico
===
Hola, buenas tardes.

No puedo pagar la cuenta en la web. Estoy usando la tarjeta {{MC:dash}}, vencimiento [[CREDENTIAL/CARD_EXPIRY:09/29]], código de seguridad {{CVV}}. Me aparece "transacción rechazada".

[[PERSON:Francisca Araya]]
===
Hola [[PERSON:Benjamín]]:

Tu chip quedó bloqueado por ingresar mal el PIN tres veces. Para desbloquearlo usa el código PUK [[CREDENTIAL/PIN:40718263]] y luego elige un PIN nuevo de 4 dígitos.

Saludos,
Soporte Móvil Nubeo
