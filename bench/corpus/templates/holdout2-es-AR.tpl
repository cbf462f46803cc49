# Holdout2 check set, Spanish of Argentina. Written apart from the tuning and from holdout: do not tune on it.
===
hola, soy [[PERSON:Maite]] de caballito. mi cel es {{PHONE_AR:nat}}, llamame despues de las 18 porfa. el dni es {{AR_DNI}}
===
Hola [[PERSON:Brayan]], ¿cómo estás?

Ya registramos el pago de $ 45.999,00 del 03/09. Tu próxima factura (N° 0003-00128841) vence el 20/09 y es de $ 12.450,50.

Si querés adherir el débito automático, pasanos el CBU de tu cuenta (22 dígitos) por este mismo chat.

Saludos,
[[PERSON:Luciana Ferreyra]]
Atención al Cliente
===
cbu {{CBU}}
titular [[PERSON:Jhon Alexander Ríos]] cuit {{AR_CUIT}}
===
De: [[PERSON:Martina Iturbe]] <[[EMAIL_ADDRESS:martu.iturbe@example.com.ar]]>
Enviado: lunes, 9 de septiembre de 2024 19:02
Para: soporte@nubeo.example
Asunto: Re: reclamo 88120

Les mando los datos que me pidieron. Mi domicilio es [[STREET_ADDRESS:Av. Rivadavia 5120, piso 3, depto. B]], CABA. El fijo es {{PHONE_AR_FIX:nat}} y el celular {{PHONE_AR:intl}}.
===
Hola [[PERSON:Iker]]:

El CUIT {AR_CUIT:bad} no pasa la validación de AFIP. ¿Podés confirmarlo? El que figura en tu constancia de monotributo tiene 11 dígitos, tipo 20-XXXXXXXX-X.

Gracias,
Equipo Nubeo
===
Che, me dice la app "clave incorrecta" y la clave es [[CREDENTIAL/PASSWORD:riverplate1901]], la puse mil veces. El usuario es [[EMAIL_ADDRESS:nico.riverplate@example.com]]
===
Te confirmamos el envío:

- Seguimiento Andreani: 360002894561230
- Seguimiento Correo Argentino: CU123456789AR
- Pedido web: #AR-771203
- Importe: $ 8.750 (3 cuotas sin interés)

El paquete llega a [[STREET_ADDRESS:Calle 47 N° 812]], La Plata, entre el 12 y el 14/09.
===
Buenas! Tengo un problema con el cobro. La tarjeta es {{VISA}} vto [[CREDENTIAL/CARD_EXPIRY:10/28]]. Me debitaron dos veces. Saludos, [[PERSON:Xiomara]]
===
Hola [[PERSON:Agustina]]:

La tarjeta que termina en 5100 fue rechazada por el banco. Probá con otro medio de pago o comunicate con tu banco al número que figura al dorso.

Tu DNI ({{AR_DNI:raw}}) ya quedó validado con RENAPER.

Saludos,
[[PERSON:Facundo]] - Soporte
===
Notas internas (ticket 55410):
IP del cliente al momento del reclamo: [[IP_ADDRESS:198.51.100.142]]
Router del cliente: 192.168.0.1 (admin/admin de fábrica)
Firmware 3.10.2.7
