# Holdout check set, Spanish of Mexico. Written apart from the tuning: do not tune on it.
===
Hola [[PERSON:Lupita]]:

Para facturar tu compra necesitamos tus datos fiscales. Nos enviaste:

| Campo | Dato |
|---|---|
| Nombre | [[PERSON:María Guadalupe Torres Ibarra]] |
| RFC | {{MX_RFC}} |
| CURP | {{MX_CURP}} |
| Código postal | 06700 |
| Régimen | 605 - Sueldos y salarios |

Con eso queda lista la factura del pedido MX-88120.

Saludos,
Facturación Nubeo México
===
Hola [[PERSON:Jesús]]:

Tu reembolso por $1,499.00 MXN se depositará a la CLABE {{CLABE}} a nombre de [[PERSON:Jesús Alberto Cantú]]. La referencia de la operación es 7788120045.

Saludos,
[[PERSON:Karina]]
Ejecutiva de Cuenta
===
Hola [[PERSON:Alan]]:

Para cambiarte a Nubeo con tu mismo número necesitamos el NIP de portabilidad. Marca al 051 desde tu línea actual y te llegará por SMS. Cuando lo tengas, respóndenos con el NIP y tu número a 10 dígitos.

> Mi número es [[PHONE_NUMBER:55 4321 8765]] y el NIP que me llegó es [[CREDENTIAL/PIN:7342]]

Gracias, con eso iniciamos el trámite.

Equipo de Portabilidad
===
Buen día:

Les escribo porque el repartidor no encontró mi casa. La dirección correcta es [[STREET_ADDRESS:Calle Río Lerma 156, depto. 4]], Col. Cuauhtémoc, C.P. 06500, CDMX. Entre Río Sena y Río Tíber, portón negro.

Mi celular: {{PHONE_MX:nat}}

[[PERSON:Rogelio Méndez]]
===
Hola [[PERSON:Ximena]]:

Bloqueamos preventivamente la tarjeta {{AMEX}} por un cargo no reconocido de $8,240.00 en una tienda en línea. La tarjeta de reemplazo (terminación 1005) llegará en 5 días hábiles.

Si reconoces el cargo, responde "SÍ" a este correo.

Área de Prevención de Fraudes
===
[11:02] [[PERSON:Toño]]: oiga ya pagué
[11:02] [[PERSON:Toño]]: le mando el comprobante, fue por spei
[11:03] Nubeo MX: Gracias! Me confirma el folio de su pago?
[11:05] [[PERSON:Toño]]: 0045882190
[11:05] [[PERSON:Toño]]: y mi número de cliente es 3318820
[11:06] Nubeo MX: Listo, ya quedó aplicado. Buen día
===
Hola [[PERSON:Emiliano]]:

Revisamos el log que nos mandaste y vimos tu llave de API en texto plano: {{KEY_STRIPE}}. Por seguridad ya la revocamos; genera una nueva en el panel de desarrolladores.

El error 401 que veías venía de la versión 2.3.1 del plugin. Actualiza a la 2.4.0.

Saludos,
Soporte para Desarrolladores
===
Hola, buenas tardes

Quiero actualizar mis datos. Mi nombre completo es [[PERSON:Itzel Sarahí Bautista López]], fecha de nacimiento [[DATE_OF_BIRTH:23/09/1994]], CURP {{MX_CURP}}. Mi correo nuevo es [[EMAIL_ADDRESS:itzel.bautista94@example.mx]].

Gracias!!
