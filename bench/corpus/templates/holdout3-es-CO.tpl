# Spanish of Colombia. Third check set (holdout3), written by another hand.
===
Buen día [[PERSON:Juan Sebastián]],

Le confirmamos que el pago de su factura de octubre por $ 129.900 COP fue aplicado. Número de referencia PSE: 2024110312345678.

Si tiene inquietudes puede comunicarse a nuestra línea gratuita 01 8000 123 456.

Cordialmente,
[[PERSON:Laura Valentina Ospina]]
Servicio al Cliente Nubeo Colombia
===
buenas tardes, necesito actualizar mis datos porque me cambie de apartamento

nombre: [[PERSON:Yuliana Marcela Restrepo]]
cedula: {{CO_CC}}
nueva direccion: [[STREET_ADDRESS:Calle 45 # 23-18, apto 502]], Medellín
celular: {{PHONE_CO:nat}}
correo: [[EMAIL_ADDRESS:yuli.restrepo@correo.example]]

mil gracias
===
Hola [[PERSON:Yuliana]]:

Listo, actualizamos la dirección de facturación. Desde el próximo ciclo (corte del 15 de diciembre) la factura llegará a la nueva dirección. Su número de cuenta sigue siendo 30012248890.

Un saludo,
[[PERSON:Andrés Felipe]]
===
Señores Nubeo,

Somos Logística Caribe S.A.S., NIT {{CO_NIT:dash}}, con sede en Santa Marta. Solicitamos que corrijan el NIT en la factura electrónica FE-99812, donde aparece {CO_NIT:bad}.

Persona de contacto: [[PERSON:Rafael Mendoza Cuello]], tel. {{PHONE_CO_FIX:intl}}, ext. 214.

Atentamente,
Área Contable
===
Chat #CO-558120
> Cliente: hola me llego un mensaje diciendo que mi cuenta nubeo pay se bloqueo
> [[PERSON:Camilo]] (Nubeo): Hola, ¿nos puede dar su número de cédula para verificar?
> Cliente: {{CO_CC:raw}}
> [[PERSON:Camilo]] (Nubeo): Gracias. Le vamos a enviar una clave dinámica al celular registrado.
> Cliente: ya llego {{OTP6}}
> [[PERSON:Camilo]] (Nubeo): No la comparta, por favor; escríbala solo en la app. Ese mensaje que recibió no lo enviamos nosotros, era phishing.
===
QUE PASA CON MI PEDIDO!!!!! PAGUE $ 2.450.000 POR UN PORTATIL Y NO HA LLEGADO, GUIA SERVIENTREGA 2087541963

LLAMENME AL {{PHONE_CO:raw}}

[[PERSON:WILSON ARIZA]]
===
Hola [[PERSON:Wilson]],

Lamentamos la demora. Su pedido {LUHN:14} salió de Bogotá el 18/11/2024 y está en la bodega de Bucaramanga. La entrega está programada para el jueves en [[STREET_ADDRESS:Carrera 27 # 36-14, torre 2, apto 801]].

Cordialmente,
[[PERSON:Natalia]]
Nubeo Colombia
===
Hola, quiero pagar la suscripción anual con esta tarjeta:

Número: {{DINERS}}
Vence: [[CREDENTIAL/CARD_EXPIRY:11/26]]
Código de seguridad: {{CVV}}
Titular: [[PERSON:Mauricio Londoño]]
Fecha de nacimiento: [[DATE_OF_BIRTH:4 de agosto de 1982]]
===
Hola, soy [[PERSON:Daniela]] del equipo de TI de una empresa cliente. Nuestro firewall bloquea las peticiones a la API de Nubeo desde [[IP_ADDRESS:2001:db8:4f2::1a]]. Tenemos la clave de API {{KEY_GOOGLE}} configurada en el servidor de pruebas (entorno 10.0.0.0/8, versión 1.4.2).

¿Pueden revisar? Mi celular es {{PHONE_CO:intl}}.
===
Estimada [[PERSON:Daniela]]:

La dirección que nos envía no está en la lista de bloqueos. Le recomendamos revocar la clave que compartió en este correo y generar una nueva desde el panel (Desarrolladores > Claves). Caso: TI-CO-20241121-07.

Cordialmente,
[[PERSON:Sergio Iván Castaño]]
Soporte a Desarrolladores
