# Spanish of Spain. Third check set (holdout3), written by another hand.
===
Hola [[PERSON:Nerea]]:

Hemos revisado tu incidencia INC-2024-083311. El cambio de titularidad de la línea ya está hecho a tu nombre con el DNI {{ES_DNI:dots}} que nos facilitaste por teléfono.

El cargo de 34,90 € del pedido {LUHN:16} se cobró en la tarjeta acabada en 4242, así que no tienes que hacer nada más.

Si necesitas algo, llámanos al 900 100 200 (gratuito).

Un saludo,
[[PERSON:Íñigo Larrañaga]]
Atención al Cliente · Nubeo
===
buenas, os escribo otra vez porque nadie me contesta

quiero que me devolvais el dinero a esta cuenta {{IBAN_ES}} que es la mia, la otra ({IBAN_ES:bad}) la cerre en marzo

mi movil es {{PHONE_ES:00}} y vivo en [[STREET_ADDRESS:C/ Alcalá 212, 3º B]], 28028 Madrid por si me mandais algo por correo

gracias
[[PERSON:Tomás]]
===
---------- Mensaje reenviado ----------
De: [[PERSON:Lucía Ferrer Bosch]] <[[EMAIL_ADDRESS:lucia.ferrer.bosch@correo.example]]>
Fecha: lun, 14 oct 2024, 9:41
Asunto: Alta en Nubeo Fibra 600
Para: soporte@nubeo.example

Hola, adjunto los datos que me pedís para el alta:

Nombre: [[PERSON:Lucía Ferrer Bosch]]
NIE: {{ES_NIE}}
Fecha de nacimiento: [[DATE_OF_BIRTH:22/07/1991]]
Teléfono de contacto: {{PHONE_ES:intl}}

La instalación me vendría bien a partir del 28/10/2024.
===
[09:58] Nubeo Asistente: Hola, soy el asistente virtual de Nubeo. ¿En qué te ayudo?
[09:58] Cliente: no puedo entrar en la app, me pide un codigo
[09:59] Nubeo Asistente: Te hemos enviado un SMS al número acabado en **78.
[10:00] Cliente: vale me ha llegado el {{OTP6}} pero me dice que ha caducado
[10:01] [[PERSON:Marina]] (agente): Hola, soy [[PERSON:Marina]]. No hace falta que nos escribas el código aquí, solo tienes que pedir uno nuevo desde la pantalla de acceso. La versión de la app que tienes (5.12.3) es correcta.
[10:03] Cliente: ok ya esta, gracias [[PERSON:Marina]]
===
Estimados señores:

Les escribe [[PERSON:Ramón Ugarte]], administrador de Talleres Ugarte e Hijos S.L. (CIF {{ES_CIF}}). En la factura FAC-ES-2024-01187 por importe de 1.452,00 € (IVA incluido) aparece como emisor Nubeo Servicios S.L. con el CIF B12345674, pero el destinatario está mal: figura el CIF {ES_CIF:bad}, que no es el nuestro.

Les ruego que la rectifiquen y la envíen a [[EMAIL_ADDRESS:administracion@talleresugarte.example]].

Atentamente,
[[PERSON:Ramón Ugarte Etxeberria]]
Gerente
===
LLEVO TRES SEMANAS SIN INTERNET Y NADIE ME DA UNA SOLUCION!!!! EL TICKET ES EL 77120938 Y YA HE LLAMADO 6 VECES AL 900 100 200

QUE ME LLAMEN AL {{PHONE_ES:nat}} HOY MISMO O ME DOY DE BAJA

[[PERSON:ANTONIO PEÑA]]
===
Hola [[PERSON:Antonio]]:

Sentimos mucho las molestias. Para comprobar la conexión, entra en la página del router (http://192.168.1.1), usuario "admin", y mira si la luz de fibra está en rojo. Si el router tiene la versión de firmware 3.1.0.12 o anterior, se actualizará solo esta noche.

En nuestros registros vemos que tu último acceso al área de cliente fue desde la IP [[IP_ADDRESS:203.0.113.87]] el 2 de noviembre, así que la línea sí tuvo servicio ese día.

Te llamaremos mañana entre las 9:00 y las 14:00.

Un saludo,
[[PERSON:Carmen]]
Soporte Técnico Nubeo
===
Hola, para la portabilidad os paso lo que me pedís:

- Titular: [[PERSON:Josefa Martín Cano]]
- DNI: {{ES_DNI:dash}}
- Línea a portar: {{PHONE_ES:raw}}
- PIN de la tarjeta SIM: [[CREDENTIAL/PIN:4821]]
- Dirección de envío: [[STREET_ADDRESS:Avda. de la Constitución 18, portal 2, 4º izda.]], 41001 Sevilla

Operador actual: Telefónica. Código de pedido: PTB-558120.
===
Hola [[PERSON:Josefa]]:

Te resumo los cargos de los últimos meses:

| Fecha      | Concepto            | Importe  | Tarjeta          |
|------------|---------------------|----------|------------------|
| 05/08/2024 | Nubeo Móvil 20 GB   | 12,00 €  | **** **** **** 1881 |
| 05/09/2024 | Nubeo Móvil 20 GB   | 12,00 €  | **** **** **** 1881 |
| 05/10/2024 | Roaming Marruecos   | 7,26 €   | **** **** **** 1881 |

El cargo de roaming corresponde a tu viaje; si lo necesitas, el número de pasaporte que consta en tu ficha es {{PASS_ES}} y puedes presentarlo para justificar la estancia.

Un saludo,
[[PERSON:Begoña]]
===
> El 3 nov 2024, a las 18:22, [[PERSON:Pablo Rivas]] escribió:
> Os dejo la tarjeta para que me cobréis la cuota: {{VISA}}, caduca el [[CREDENTIAL/CARD_EXPIRY:09/27]] y el CVV es {{CVV}}.

Hola [[PERSON:Pablo]]:

Por seguridad no podemos aceptar datos de tarjeta por correo electrónico. Te recomendamos bloquear la tarjeta con tu banco y añadir el método de pago desde la app Nubeo (Ajustes > Pagos). La cuota de 19,95 € queda pendiente hasta el 15 de noviembre.

Gracias,
[[PERSON:Elena Sáez]]
Equipo de Facturación
