# Spanish of Mexico. Third check set (holdout3), written by another hand.
===
Hola [[PERSON:Ximena]]:

Gracias por escribirnos. Tu reembolso por $1,180.00 MXN del pedido MX-PED-2024-904412 ya fue autorizado y se depositará en la CLABE {{CLABE:sp}} en un plazo de 72 horas hábiles.

Cualquier duda, márcanos al 800 123 4567.

Saludos cordiales,
[[PERSON:Rodrigo Téllez]]
Atención a Clientes Nubeo México
===
buenas tardes necesito mi factura!! ya van 2 veces que la pido

razon social: [[PERSON:Maria Guadalupe Ortiz Salas]]
rfc {{MX_RFC}}
uso cfdi G03
cp 78000 san luis potosi
correo [[EMAIL_ADDRESS:lupita.ortiz78@correo.example]]

el ticket de compra es 4410-2291-0087
===
Hola [[PERSON:Lupita]]:

Ya generamos tu CFDI con folio B-77812 por $3,499.00 MXN. Te llegará al correo registrado en unos minutos. No fue necesario que nos enviaras tu CURP; con el RFC es suficiente.

Saludos,
[[PERSON:Iván]]
Facturación Nubeo
===
De: Soporte Nubeo <soporte@nubeo.example>
Enviado: martes, 12 de noviembre de 2024 11:05
Para: [[PERSON:Héctor Villalobos]] <[[EMAIL_ADDRESS:hvillalobos@constructoravb.example]]>
Asunto: RE: Alta de cuenta empresarial

Estimado [[PERSON:Héctor]]:

Para terminar el alta de Constructora Villalobos y Bernal S.A. de C.V. solo falta confirmar el RFC de la empresa: {{MX_RFCM}}. El que venía en el formulario ({MX_RFCM:bad}) tiene un error en el dígito verificador.

Quedamos atentos.
Equipo Empresas
===
Cliente: hola me pueden ayudar, me robaron el cel
Agente Nubeo ([[PERSON:Sofía]]): Claro, lamento mucho lo que pasó. ¿Me confirmas el número de la línea?
Cliente: es el {{PHONE_MX:mx044}}, esta a nombre de [[PERSON:Jorge Alberto Medina]]
Agente Nubeo ([[PERSON:Sofía]]): Gracias. Para suspenderla necesito tu CURP.
Cliente: {{MX_CURP}}
Agente Nubeo ([[PERSON:Sofía]]): Listo, la línea quedó suspendida. Tu folio de reporte es RB-2024-11-0398. Para la reposición de SIM acude a la tienda de Plaza Satélite con tu INE.
===
Hola,

Por favor cambien el domicilio de entrega a [[STREET_ADDRESS:Calle Francisco I. Madero 57, int. 12]], Centro Histórico, 06000 Ciudad de México. Mi número nuevo es {{PHONE_MX:mx1}}.

El NIP de portabilidad que me llegó es [[CREDENTIAL/PIN:7302]], por si lo necesitan para pasar mi número.

[[PERSON:Valeria Cisneros]]
===
Hola [[PERSON:Valeria]]:

Ya registramos el nuevo domicilio. Un aviso importante: el NIP de portabilidad es personal, nunca te lo pediremos por correo ni por WhatsApp. La portabilidad se programó para el 21 de noviembre.

Número de guía de tu paquete: 1Z 999 AA1 01 2345 6784.

Atentamente,
[[PERSON:Diego Armenta]]
===
A QUIEN CORRESPONDA

ME ESTAN COBRANDO $599 CADA MES DESDE JULIO Y YO CANCELE EL SERVICIO. MI TARJETA ES {{AMEX}} Y YA LA REPORTE AL BANCO. NO QUIERO QUE ME VUELVAN A LLAMAR AL {{PHONE_MX_FIX:nat}}, SOLO QUIERO MI DINERO.

[[PERSON:ARTURO GALINDO]]
===
Hola [[PERSON:Arturo]]:

Revisamos tu cuenta y efectivamente la cancelación del 14/07/2024 no se aplicó. Te devolveremos 4 cargos de $599.00 (total $2,396.00 MXN) a la tarjeta American Express terminación 0005. Número de aclaración: ACL-88120.

Disculpa las molestias.

[[PERSON:Mariana]] | Nubeo México
===
Hola, soy [[PERSON:Emiliano Ruiz]], desarrollador en una tienda que usa Nubeo Pay. Desde ayer la API nos responde 401. Esta es la llave que estamos usando: {{KEY_STRIPE}}

Nuestro servidor sale a internet por la IP [[IP_ADDRESS:198.51.100.23]] y usamos la versión 2.8.0 del SDK. Mi fecha de nacimiento, por si la piden para verificar la cuenta: [[DATE_OF_BIRTH:9 de febrero de 1993]].
