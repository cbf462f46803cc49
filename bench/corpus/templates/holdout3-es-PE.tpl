# Spanish of Peru. Third check set (holdout3), written by another hand.
===
Estimada [[PERSON:Rosa Elvira]]:

Le informamos que su solicitud de baja del servicio Nubeo Hogar fue registrada con el número SOL-PE-0045218. La última boleta (B001-00088412) por S/ 89.90 se emitirá el 30/11/2024.

Si desea revertir la baja, comuníquese al (01) 311 5000.

Atentamente,
[[PERSON:Gianfranco Quispe]]
Centro de Atención Nubeo Perú
===
hola buenas noches, quiero hacer un reclamo en el libro de reclamaciones

nombre: [[PERSON:Yessenia Huamán Ccori]]
dni {{PE_DNI}}
celular {{PHONE_PE:raw}}
direccion [[STREET_ADDRESS:Jr. Ayacucho 845, dpto. 302]], Cercado de Lima

me cobraron dos veces S/ 59.00 el 8 de octubre
===
Hola [[PERSON:Yessenia]]:

Registramos tu reclamo con el código RC-2024-PE-11873. Tienes un plazo de respuesta de 15 días hábiles, que vence el 29 de octubre. El monto duplicado de S/ 59.00 se devolverá a la tarjeta que termina en 5100.

Saludos,
[[PERSON:Renzo]]
===
Señores Nubeo:

Nuestra empresa, Distribuidora Andina del Sur S.A.C., con RUC {{PE_RUC20}}, solicita que las facturas se emitan a ese RUC y no al RUC {PE_RUC:bad} que figura en el sistema. Adjunto la ficha RUC.

El contacto para facturación soy yo, [[PERSON:Milagros Chávez Rojas]], al {{PHONE_PE:intl}} o a [[EMAIL_ADDRESS:mchavez@andinadelsur.example]].

Cordialmente
===
[14:20] Cliente: buenas, no me llega el codigo para activar nubeo pay
[14:21] Agente ([[PERSON:Brenda]]): Hola, ¿a qué número debería llegarte?
[14:21] Cliente: al {{PHONE_PE:nat}}
[14:23] Agente ([[PERSON:Brenda]]): Listo, lo reenviamos. Si no te llega en 5 minutos, reinicia el celular.
[14:27] Cliente: ya llego, es {{OTP6}}, lo pongo aqui?
[14:27] Agente ([[PERSON:Brenda]]): No, por favor ingrésalo solo en la app. Nunca lo compartas, ni con nosotros.
===
Hola,

Soy [[PERSON:Luis Fernando Apaza]], trabajo independiente y quiero que mis recibos salgan con mi RUC {{PE_RUC}}. Mi DNI es {{PE_DNI}} y vivo en [[STREET_ADDRESS:Av. Ejército 1120]], Yanahuara, Arequipa.

Nací el [[DATE_OF_BIRTH:17/05/1988]], por si necesitan validar mi identidad con RENIEC.
===
Hola [[PERSON:Luis Fernando]]:

Actualizamos tus datos de facturación. Los próximos recibos (desde el periodo 2024-12) saldrán con tu RUC. El pedido 20230918114 ya fue enviado a Arequipa por Olva Courier, guía 8877123009.

Un abrazo,
[[PERSON:Katherine Salazar]]
Equipo de Facturación
===
Buenos días,

Pagué con tarjeta {{VISA:dash}} vencimiento [[CREDENTIAL/CARD_EXPIRY:03/28]] en la tienda de San Isidro y el voucher dice "rechazado" pero en mi estado de cuenta figura el cargo de S/ 1,249.00. El número de operación es 004512.

[[PERSON:Carlos Alberto Vílchez]]
===
Estimado [[PERSON:Carlos Alberto]]:

El cargo que observa es una pre-autorización; se liberará automáticamente en un máximo de 7 días. Le recomendamos no compartir los datos completos de su tarjeta por este medio.

Operación revisada: 004512 · Tienda Nubeo San Isidro · 12/11/2024 16:40.

Saludos cordiales,
Equipo de Soporte Nubeo
===
Hola, quiero cambiar la contraseña del wifi porque la sabe todo el edificio. La actual es [[CREDENTIAL/PASSWORD:Chabuca2019!]] y el router es el que me instalaron en [[STREET_ADDRESS:Calle Los Cedros 233]], Miraflores.

Tambien me conecte desde mi IP [[IP_ADDRESS:192.168.100.14]] y no cargaba nada. Mi nombre es [[PERSON:Patricia]].
