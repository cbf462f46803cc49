# Spanish of Chile.
===
Hola [[PERSON:Francisca]]:

Gracias por escribirnos. Para emitir la boleta a tu nombre necesitamos tu RUT. Nos indicas que es {{CL_RUT}}; ya quedó registrado en el pedido CL-2024-22018.

El total es $ 129.990 con IVA incluido.

Saludos,
Equipo de Atención al Cliente
===
Buenas tardes,

Mis datos: [[PERSON:Felipe Andrés Contreras]], RUT {{CL_RUT:raw}}, celular {{PHONE_CL:intl}}. Necesito cambiar mi plan.

Gracias.
===
Hola [[PERSON:Felipe]]:

Listo, cambiamos tu plan a Fibra 600 ($ 24.990 mensuales) desde el próximo ciclo de facturación (1 de agosto).

Saludos,
Equipo de Atención al Cliente
600 360 1234
===
Hola [[PERSON:Catalina]],

El técnico visitará [[STREET_ADDRESS:Av. Providencia 1208, depto. 1504]], Providencia, el viernes entre 9:00 y 13:00 hrs. Número de orden: OT-CL-55901.

Saludos,
Soporte Técnico
===
Hola:

Mi RUT es {CL_RUT:bad} y su página dice que es inválido.

[[PERSON:Ignacio Muñoz Rojas]]
===
Hola [[PERSON:Ignacio]]:

El dígito verificador del RUT que nos enviaste no corresponde. Revisa tu cédula de identidad y vuelve a ingresarlo en la página, sin puntos ni guion si el formulario lo pide.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Javiera]],

Tu código de verificación es {{OTP6}}. Vence en 10 minutos.

Nubeo Chile
===
Estimada Sra. [[PERSON:Carolina Soto Fuentes]]:

Le informamos que el pago con la tarjeta {{VISA}} fue rechazado. Puede actualizar el medio de pago desde su cuenta o pagar en Servipag con el número de cliente 88120045.

Atentamente,
Equipo de Cobranzas
===
Buen día,

Necesito la factura a nombre de Comercial Austral SpA, RUT {{CL_RUT}}, giro venta al por menor, dirección [[STREET_ADDRESS:Calle Moneda 975, oficina 701]], Santiago.

Saludos,
[[PERSON:Rodrigo Vergara Pizarro]]
===
Hola [[PERSON:Rodrigo]]:

Emitimos la factura electrónica N° 45821 a nombre de Comercial Austral SpA. La encontrarás en el portal de empresas.

Saludos,
Equipo de Facturación
===
Hola [[PERSON:Matías]],

La IP pública de tu conexión es [[IP_ADDRESS:192.0.2.201]]. Si usas VPN, desactívala para hacer la prueba de velocidad.

Saludos,
Soporte Técnico
===
Hola:

Les escribo por mi papá, [[PERSON:Luis Alberto Tapia]], RUT {{CL_RUT}}. Su teléfono fijo es {{PHONE_CL_FIX:nat}} y lleva 3 días sin servicio.
===
Hola:

Registramos la falla con el número de reclamo RCL-CL-33012. Un técnico se comunicará con el titular en las próximas 48 horas.

Saludos,
Soporte Técnico
===
Hola [[PERSON:Constanza]],

Tu contraseña provisoria es [[CREDENTIAL/PASSWORD:Stgo_2024#kq]]. Te pediremos cambiarla en el primer inicio de sesión.

Soporte
===
Hola:

Pagué con la tarjeta {{AMEX}} y no me llegó el comprobante. Mi correo es [[EMAIL_ADDRESS:cony.reyes@example.com]].

[[PERSON:Constanza Reyes Araya]]
===
Hola [[PERSON:Constanza]]:

Te reenviamos el comprobante de pago N° 004512 al correo registrado. Por seguridad eliminamos el número de la tarjeta de este mensaje.

Saludos,
Equipo de Pagos
===
Hola [[PERSON:Benjamín]]:

Tu pedido CL-2024-30455 llegará a [[STREET_ADDRESS:Pasaje Los Aromos 2233]], Maipú, el 18/06. El número de seguimiento de Chilexpress es 99041234567.

Saludos,
Equipo de Logística
===
Hola,

Nací el [[DATE_OF_BIRTH:08-10-1983]] y mi RUT es {{CL_RUT}}. ¿Por qué me piden más datos para contratar?

[[PERSON:Paulina Castro]]
===
Hola [[PERSON:Paulina]]:

Para contratar planes con equipo pedimos validar identidad con tu cédula vigente. No necesitas enviarnos tu fecha de nacimiento por este medio.

Saludos,
Equipo de Ventas
===
Hola [[PERSON:Vicente]],

Tu número {{PHONE_CL:nat}} quedó activo con el plan Libre 40 GB ($ 12.990 al mes). El número de serie de la SIM es 8956 0012 3400 1122 334.

Saludos,
Nubeo Chile
===
Hola:

Mi RUT es {{CL_RUT}} y quiero saber por qué la boleta 0012-998877 dice $ 45.990 si el plan cuesta $ 39.990.

[[PERSON:Jorge Alejandro Silva]]
===
Hola [[PERSON:Jorge Alejandro]]:

La diferencia corresponde al cargo proporcional por el cambio de plan del 15 de mayo. Desde junio pagarás $ 39.990.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Fernanda]],

Tu clave de API del portal de empresas: {{KEY_HEX}}. Recuerda no compartirla.

Soporte Empresas
===
Hola:

Les dejo mi teléfono {{PHONE_CL:e164}} para que me llamen por lo del reclamo. También pueden escribirme a [[EMAIL_ADDRESS:f.morales@example.net]].

[[PERSON:Francisco Morales]]
