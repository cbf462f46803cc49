# Spanish of Peru.
===
Hola [[PERSON:Rosa]]:

Gracias por comunicarte con Nubeo Perú. Para emitir la boleta a tu nombre necesitamos tu DNI. Nos indicas que es el {{PE_DNI}}; ya quedó registrado en el pedido PE-2024-08812.

El monto total es S/ 349.90 y la entrega será el viernes 17 de mayo.

Saludos cordiales,
Equipo de Atención al Cliente
===
Buenas tardes:

Necesito que la factura salga a nombre de mi empresa, Inversiones Rímac S.A.C., RUC {{PE_RUC20}}. La dirección fiscal es [[STREET_ADDRESS:Av. Arequipa 2450, oficina 302]], Lince.

Atte.,
[[PERSON:Jorge Quispe Mamani]]
===
Hola [[PERSON:Jorge]]:

Listo, ya emitimos la factura electrónica F001-00004521 con el RUC de tu empresa. El importe es S/ 1,180.00 incluido IGV. La puedes descargar desde tu cuenta.

Saludos,
Equipo de Facturación
===
Hola [[PERSON:Milagros]],

Te confirmamos que el técnico visitará [[STREET_ADDRESS:Jr. Huallaga 358, dpto. 501]], Cercado de Lima, el martes entre las 2:00 p. m. y las 6:00 p. m. Si necesitas reprogramar, llámanos al (01) 311 5000.

Número de orden: OT-PE-77120.

Saludos,
Soporte Técnico
===
Hola:

Soy [[PERSON:Luis Fernando Huamán]], mi DNI es {{PE_DNI}} y mi celular {{PHONE_PE:nat}}. Me cobraron dos veces el plan Fibra 300 de este mes (S/ 119.00). ¿Me pueden ayudar?
===
Hola [[PERSON:Luis Fernando]]:

Revisamos tu caso y efectivamente hubo un doble cobro. Ya solicitamos la devolución de S/ 119.00 a la tarjeta terminada en 0005; se verá reflejada en 7 a 10 días hábiles.

Código de reclamo: RCL-2024-003318.

Saludos cordiales,
Equipo de Atención al Cliente
===
Estimada Sra. [[PERSON:Gladys Flores Ccori]]:

Le recordamos que para activar la garantía del televisor Nubeo 55" (serie TV55-884120) debe presentar la boleta de compra B002-00018877. El plazo de garantía es de 12 meses desde el 03/01/2024.

Atentamente,
Servicio Técnico Nubeo Perú
===
Hola,

Les envío mi RUC de persona natural con negocio: {{PE_RUC}}. El número que puse antes ({PE_RUC:bad}) estaba mal, me equivoqué en un dígito.

Gracias,
[[PERSON:Kelly Vargas Soto]]
===
Hola [[PERSON:Kelly]]:

Gracias por la corrección. Ya actualizamos el RUC en tu perfil de empresa. Recuerda que las facturas se emiten el día 5 de cada mes.

Saludos,
Equipo de Empresas
===
Hola [[PERSON:Víctor]],

Tu pago con la tarjeta {{VISA}} fue rechazado por el banco emisor. Te sugerimos comunicarte con tu banco o intentar con otro medio de pago (Yape, PagoEfectivo o tarjeta de débito).

Por seguridad, no envíes los datos completos de tu tarjeta por este chat.

Saludos,
Equipo de Pagos
===
Hola [[PERSON:Diana]]:

El código de verificación de tu cuenta es {{OTP6}}. Vence en 10 minutos.

Nubeo Perú
===
Hola,

Mi correo es [[EMAIL_ADDRESS:diana.chavez.r@example.com]] pero no me llega el código. Mi número es {{PHONE_PE:intl}}.

Saludos, [[PERSON:Diana Chávez Rojas]]
===
Hola [[PERSON:Diana]]:

Revisamos y el correo estaba bien registrado; el mensaje había llegado a la carpeta de spam. Te reenviamos un nuevo código al celular que nos indicaste.

Saludos,
Soporte
===
Buenos días,

Confirmamos la recepción de su solicitud de portabilidad. El número {{PHONE_PE:intl}} pasará a Nubeo el 20 de junio a las 00:00. Su nuevo chip (ICCID 8951 0012 3456 7890 123) ya fue despachado.

Atentamente,
Equipo de Portabilidad
===
Hola [[PERSON:Renzo]]:

Tu router tiene la IP [[IP_ADDRESS:192.0.2.118]] asignada por nuestro servidor. Si configuraste una IP fija (por ejemplo 192.168.0.50) en tu laptop, cámbiala a automática.

El firmware de tu equipo está en la versión 2.10.4; la última es 2.11.0.

Saludos,
Soporte Técnico
===
Hola:

Para el reembolso les dejo mi cuenta del BCP en el formulario adjunto. Titular [[PERSON:Ruth Mendoza Paredes]], DNI {{PE_DNI}}.
===
Hola [[PERSON:Ruth]]:

Gracias. Para reembolsos en cuentas de otros bancos necesitamos el CCI (código de cuenta interbancario, 20 dígitos). Por favor envíalo desde el formulario seguro de tu cuenta y no por correo.

Saludos,
Equipo de Atención al Cliente
===
Estimado cliente:

Le informamos que su pedido PE-2024-10234 será entregado en [[STREET_ADDRESS:Calle Los Pinos 145]], Miraflores, entre el 10 y el 12 de julio. El costo de envío fue S/ 15.00.

Atentamente,
Nubeo Perú
===
Hola [[PERSON:César]],

Para atender tu reclamo en el Libro de Reclamaciones (código LR-2024-00891) necesitamos tu nombre completo y DNI. Nos confirmas que eres [[PERSON:César Augusto Ramírez]] con DNI {{PE_DNI}}. Te responderemos en un plazo máximo de 15 días hábiles.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Sandra]]:

Tu contraseña de acceso al portal de empresas fue restablecida. Contraseña provisional: [[CREDENTIAL/PASSWORD:Lima2024!xq]]. Te pediremos cambiarla en el primer ingreso.

Saludos,
Soporte Empresas
===
Hola,

Soy extranjero y no tengo DNI, ¿puedo usar mi pasaporte {{PASS_XX}}? Nací el [[DATE_OF_BIRTH:5 de agosto de 1990]].

[[PERSON:Andrés Felipe Gómez]]
===
Hola [[PERSON:Andrés Felipe]]:

Sí, puedes registrarte con tu pasaporte o con tu carné de extranjería. No es necesario que nos envíes tu fecha de nacimiento por este medio.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Miguel]]:

El monto pendiente de tu cuenta es S/ 89.90 correspondiente al recibo 0001-004512 de marzo. Puedes pagarlo en agentes o por banca móvil con el código de pago 4471209.

Saludos,
Equipo de Cobranzas
===
Hola,

La tarjeta de mi papá, [[PERSON:Teodoro Apaza Condori]], es {{MC}}. Él me pidió que pague su recibo. Su celular es {{PHONE_PE:raw}}.
===
Hola:

Por seguridad, no podemos procesar pagos con datos de tarjeta enviados por correo. El titular puede pagar desde la app o en cualquier agente. Ya eliminamos el número de tarjeta de esta conversación.

Saludos,
Equipo de Pagos
===
Hola [[PERSON:Pamela]]:

Te confirmamos el cambio de dirección de facturación a [[STREET_ADDRESS:Av. La Marina 2355, int. 12]], San Miguel. Tu próximo recibo llegará con la nueva dirección.

Saludos,
Equipo de Atención al Cliente
===
Buenas noches,

Me llegó un mensaje pidiendo mi clave y el código {OTP6} que me enviaron. ¿Es de ustedes? Mi usuario es [[EMAIL_ADDRESS:pamela.torres@example.net]].
===
Hola [[PERSON:Pamela]]:

No, nunca te pediremos tu clave ni códigos por mensaje. Si compartiste el código, cambia tu contraseña de inmediato. Bloqueamos las sesiones activas de tu cuenta por precaución.

Equipo de Seguridad Nubeo
===
Hola [[PERSON:Erick]]:

Tu línea fija {{PHONE_PE_FIX:nat}} quedó reactivada. La deuda de S/ 45.50 fue cancelada el 14/06/2024.

Saludos,
Soporte
