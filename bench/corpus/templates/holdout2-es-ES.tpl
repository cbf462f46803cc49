# Holdout2 check set, Spanish of Spain. Written apart from the tuning and from holdout: do not tune on it.
===
De: [[PERSON:Xiomara Quintero]] <[[EMAIL_ADDRESS:xiomi.q88@example.com]]>
Enviado: martes, 3 de septiembre de 2024 8:12
Para: soporte@nubeo.example
Asunto: RE: [Ticket #4471093] cobro duplicado

hola buenos dias, me habeis cobrado dos veces 49,99 € el dia 01/09. mi dni es {{ES_DNI:lower}} y la tarjeta acaba en ****4242. quiero la devolucion ya
===
hola, soy [[PERSON:iker]] otra vez. mi numero es {{PHONE_ES:raw}} y no me llega el sms. el pedido es el {LUHN:12}, lo hice el 2-9-24
===
Buenas tardes, [[PERSON:Montse]]:

Te confirmo los datos que constan en el contrato (ref. CT-2024/00871):

* Titular: [[PERSON:Montserrat Roig]]
* DNI: `{{ES_DNI}}`
* Cuenta de cargo: "{{IBAN_ES}}"
* Teléfono de contacto: ({{PHONE_ES:nat}})
* Dirección de instalación: [[STREET_ADDRESS:C/ Sant Antoni Maria Claret 167, 3º 2ª]], 08025 Barcelona

La cuota queda en 1.250,00 € al año (104,17 €/mes). El primer cargo será el 1 de octubre.

Un saludo,
[[PERSON:Maite Arrieta]]
===
{{ES_NIE}} es mi NIE, lo pongo aqui porque el formulario no me deja guardarlo.
[[PERSON:Wendy]]
===
Hola:

Tu pedido 2024-000931 ha salido del almacén. Nº de seguimiento: 1Z999AA10123456784 (UPS). También puedes consultarlo con el código de envío JD014600006281130011. La factura FV24-118273 por importe de 1.299,00 € (IVA 21 % incluido) ya está en tu área de cliente. Referencia de pago: {LUHN:14}. Versión de la app: 8.14.2.1033.

Entrega prevista: 12.09.2024, entre las 9:00 y las 14:00.

Equipo Nubeo
===
Hola [[PERSON:Toño]]:

El DNI que nos indicas ({ES_DNI:bad}) no es válido: la letra no coincide. Revisa también la cuenta, porque {IBAN_ES:bad} tampoco pasa la validación. ¿Puedes mandarnos una foto del documento por las dos caras?

Gracias,
Soporte Nubeo
===
hola!! no puedo entrar. usuario [[EMAIL_ADDRESS:brayan.glez@example.com]] contraseña [[CREDENTIAL/PASSWORD:Brayan2024!!]]
ya la he reseteado 3 veces (la ultima a las 10:45) y nada
===
buenas, quiero pagar la factura pendiente por aqui. tarjeta {{VISA:raw}} caducidad [[CREDENTIAL/CARD_EXPIRY:09/27]] cvv {{CVV}}. gracias
[[PERSON:Ximena]]
===
Hola [[PERSON:Nayeli]]:

Hemos detectado un inicio de sesión en tu cuenta desde la IP [[IP_ADDRESS:203.0.113.77]] a las 03:12 (hora peninsular). Si no has sido tú, cambia la contraseña y escríbenos a soporte@nubeo.example.
El aviso se envió a [[EMAIL_ADDRESS:nayeli.itzel@example.org]]

Seguridad Nubeo
===
| Concepto | Fecha | Importe |
|---|---|---|
| Cuota septiembre | 01/09/2024 | 29,95 € |
| Penalización | 15-08-2024 | 150,00 € |
| Total | — | 179,95 € |

Titular: [[PERSON:Jhon Jairo Mosquera]], NIF {{ES_DNI:dots}}. Cliente n.º 000458812.
===
Hola [[PERSON:Iker Zubizarreta]]:

Hemos intentado llamarte al {{PHONE_ES:00}} sin éxito. Puedes devolvernos la llamada al 900 100 200 (gratuito) de lunes a viernes, o dejarnos un fijo: el que tenemos, {{PHONE_ES_FIX:intl}}, da apagado.

Un saludo,
[[PERSON:Begoña]] · Atención al Cliente
===
Hola, me llamo [[PERSON:Maite Olaizola]] y naci el [[DATE_OF_BIRTH:3/4/1990]]. Os escribo porque en la ficha aparece otra fecha y no me deja cambiarla. La cita era el 28-10-2024 a las 17.30h.
===
Buenos días,

Reenvío lo que nos manda la gestoría para el alta de la empresa:

> CIF: {{ES_CIF}}
> Domicilio social: [[STREET_ADDRESS:Avda. de la Constitución 34, bajo B]], 41001 Sevilla
> Administrador: [[PERSON:Rocío Benjumea Ortiz]]
> Móvil: {{PHONE_ES:intl}}

Un saludo,
[[PERSON:Alberto]]
===
datos:{{ES_DNI}};tlf:{{PHONE_ES:raw}};email:[[EMAIL_ADDRESS:lolo_83@example.com]];cp:28045
(llamar por la tarde!!!)
===
Hola [[PERSON:Maite]]:

Los importes de tu última factura son: 12,40 € + 2,60 € (IVA) = 15,00 €. El pedido 18/2024 y el 19/2024 se agruparon. Tu número de socio es el 60012345 y el de póliza 912 345 678 ES-B.

Un saludo,
Soporte
