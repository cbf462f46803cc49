# Spanish of Chile. Third check set (holdout3), written by another hand.
===
Hola [[PERSON:Constanza]]:

Te confirmamos que tu boleta electrónica N° 4451287 por $ 24.990 quedó anulada y se emitió una nueva con tu RUT {{CL_RUT}}.

Si tienes dudas, puedes llamarnos al 600 360 1234 de lunes a viernes.

Saludos,
[[PERSON:Matías Fuentealba]]
Servicio al Cliente Nubeo Chile
===
hola, quiero dar de baja el plan porque me voy a vivir a puerto montt y alla no tienen cobertura

mis datos:
[[PERSON:Francisca Javiera Muñoz]]
rut {{CL_RUT:raw}}
fono {{PHONE_CL:nat}}

el contrato es el 2023-CL-008812, gracias de antemano
===
Hola [[PERSON:Francisca]]:

Tramitamos la baja con fecha 30/11/2024. No se cobrará multa por término anticipado, ya que el contrato lleva más de 12 meses. Tu último cobro será de $ 15.990.

Te deseamos lo mejor en Puerto Montt.

[[PERSON:Ignacio]]
Equipo Nubeo
===
De: [[PERSON:Patricio Larraín]] <[[EMAIL_ADDRESS:plarrain@constructorasur.example]]>
Enviado el: miércoles, 6 de noviembre de 2024 16:02
Para: facturacion@nubeo.example
Asunto: Factura con RUT erróneo

Estimados, la factura 99231 salió al RUT {CL_RUT:bad} y el de la empresa es {{CL_RUT}}. Por favor reemitir.

Saludos,
[[PERSON:Patricio]]
Jefe de Administración
Constructora Sur Ltda.
{{PHONE_CL_FIX:intl}}
===
[11:12] Ejecutiva [[PERSON:Camila]]: Hola, bienvenido al chat de Nubeo. ¿Con quién tengo el gusto?
[11:12] Cliente: con [[PERSON:Benjamín Soto]]
[11:13] Ejecutiva [[PERSON:Camila]]: Hola [[PERSON:Benjamín]], ¿en qué te ayudo?
[11:14] Cliente: quiero saber porque me llego una cuenta de $ 87.400 si mi plan es de $ 19.990
[11:16] Ejecutiva [[PERSON:Camila]]: Revisé y corresponde a roaming en Argentina del 2 al 9 de octubre. Puedo ofrecerte un descuento del 50 % como excepción.
[11:17] Cliente: ya, ok. mi correo para que me manden el detalle es [[EMAIL_ADDRESS:benja.soto.r@correo.example]]
===
Buenas tardes,

Necesito que me envíen el módem de reemplazo a [[STREET_ADDRESS:Pasaje Los Aromos 1147, depto. 23]], Viña del Mar. El mío se quemó con el corte de luz del sábado.

Mi RUT es {{CL_RUT}} y mi celular {{PHONE_CL:intl}}.

Atte.
[[PERSON:Rodrigo Alarcón]]
===
Hola [[PERSON:Rodrigo]]:

Despachamos el módem (modelo NB-Fibra AX3000, firmware 2.0.4.11) por Chilexpress, orden de transporte {LUHN:12}. Debería llegar en 2 a 3 días hábiles.

Para configurarlo, conéctate a la red "Nubeo-XXXX" e ingresa a 192.168.0.1 desde el navegador.

Saludos,
[[PERSON:Josefina Pérez]]
===
HOLA NECESITO AYUDA URGENTE ME HACKEARON LA CUENTA

me cambiaron la clave y el correo. la clave mia era [[CREDENTIAL/PASSWORD:Colocolo.91]] y ahora no puedo entrar. me llego un correo que alguien inicio sesion desde la ip [[IP_ADDRESS:203.0.113.201]] que no es mia

[[PERSON:Cristóbal]]
===
Hola [[PERSON:Cristóbal]]:

Bloqueamos la cuenta por seguridad y cerramos todas las sesiones activas. Para recuperarla, te enviaremos un enlace al correo original que teníamos registrado antes del cambio del 3 de noviembre. Caso de seguridad: SEC-CL-44120.

Te recomendamos no usar la misma clave en otros servicios.

[[PERSON:Antonia]]
Equipo de Seguridad Nubeo
===
Hola, quiero pagar la deuda con tarjeta de crédito. Los datos son {{MC}}, vencimiento [[CREDENTIAL/CARD_EXPIRY:05/29]], cvv {{CVV}}. Titular [[PERSON:Gloria Inés Henríquez]], nacida el [[DATE_OF_BIRTH:12-03-1965]].

El monto es $ 142.380 según la última cuenta.
