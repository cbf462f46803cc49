# Spanish of Chile. Fifth check set (holdout5).
===
Asunto: RE: RE: Término de contrato y devolución de equipos — N° de atención 2025-0311-4470

Estimado [[PERSON:Gonzalo]]:

Confirmamos el término de su contrato a contar del 31/03/2025. El decodificador y el router se pueden devolver en cualquier sucursal o en nuestra oficina de Av. Apoquindo 3000, de lunes a viernes de 9:00 a 18:00. El último cobro será la boleta N° 10448712 por $ 21.990.

Saludos cordiales,

[[PERSON:Macarena Ignacia Pizarro]]
Ejecutiva de Retención y Bajas
Nubeo Chile — Mesa de ayuda 600 360 1234

Este mensaje y sus adjuntos son confidenciales y de uso exclusivo del destinatario. Si lo recibió por error, notifique al remitente y elimínelo. Sus datos son tratados según la Ley N° 19.628 sobre protección de la vida privada.

El mar, 11 mar 2025 a las 21:05, [[PERSON:Gonzalo Valenzuela Rojas]] <[[EMAIL_ADDRESS:gvalenzuela.rojas@correo.example]]> escribió:
> Hola, buenas noches.
> Quiero dar de baja todo porque me voy a vivir a Concepción. Mis datos: RUT {{CL_RUT}}, fono {{PHONE_CL:intl}}.
> El contrato está a nombre de mi señora, [[PERSON:Paula Andrea Muñoz]] (RUT {{CL_RUT:raw}}), pero ella me autorizó; su celular es {{PHONE_CL:nat}}.
> La dirección del servicio es [[STREET_ADDRESS:Pasaje Las Camelias 0456]], Maipú.
> Gracias,
> [[PERSON:Gonzalo]]
>
> El lun, 10 mar 2025 a las 13:30, Nubeo Chile <facturacion@nubeo.example> escribió:
>> Estimado cliente: para tramitar la baja necesitamos el RUT del titular. El que venía en su formulario ({CL_RUT:bad}) no es válido.
===
hola buenas tardes le escribo con el dictado del celular porque ando en la micro mi nombre es [[PERSON:jacqueline del carmen soto]] mi rut es {{CL_RUT}} y el celular {{PHONE_CL:raw}} hace una semana que no tengo internet y ya pague la cuenta de 18990 el lunes con la tarjeta del banco la {{VISA:raw}} que vence el [[CREDENTIAL/CARD_EXPIRY:10/28]] y me llego un mensaje que decia que el pago estaba rechazado y que ingresara la clave {{OTP4}} en un link no lo hice porque me dio susto mi direccion es villa los copihues [[STREET_ADDRESS:calle el roble 1187]] la florida mi hija [[PERSON:constanza]] dice que llame al 600 360 1234 pero no me contestan

---
Hola [[PERSON:Jacqueline]]: ese mensaje no es de Nubeo, hizo muy bien en no abrir el link. Su pago de $ 18.990 del 10/03 está registrado y el corte fue por una falla en el nodo de La Florida (incidencia masiva INC-CL-30117), que ya está resuelta desde las 16:20. Por seguridad no escriba el número completo de su tarjeta en el chat. Saludos, [[PERSON:Felipe]] — Nubeo Chile
===
Nota interna — caso CL-FRA-2025-0214 — cambio de titular sospechoso

• Titular original: [[PERSON:Héctor Manuel Cifuentes]], RUT {{CL_RUT}}, nacido el [[DATE_OF_BIRTH:17 de enero de 1971]].
• Solicitante: dice ser su sobrino, [[PERSON:Bastián Cifuentes Leiva]], RUT {{CL_RUT}}; entregó además el RUT {CL_RUT:bad} del "tío", que no es válido.
• Pasaporte del solicitante: {{PASS_CL}}.
• Teléfonos: {{PHONE_CL:e164}} (titular) / {{PHONE_CL:00}} (solicitante).
• Correo nuevo que quiere registrar: [[EMAIL_ADDRESS:bastian.cl2025@mail.example]].
• Intentos de ingreso desde [[IP_ADDRESS:203.0.113.191]] y [[IP_ADDRESS:2001:db8:cafe::42]] (madrugada del 13/03).
• En la llamada dictó la contraseña antigua del titular: [[CREDENTIAL/PASSWORD:Colo-Colo1971]]. El titular nunca la compartió.
Cambio rechazado. Se avisó al titular por el canal registrado. Caso derivado a [[PERSON:Ignacia]] (Prevención de Fraudes).
===
Asunto: Contracargo — cobro de equipo que devolví (boleta 10445590)

Señores Nubeo Chile:

El 28/02/2025 devolví el router en su oficina de Av. Apoquindo 3000 (comprobante de recepción DEV-88213, 12:47 h), pero el 05/03/2025 me cobraron $ 59.990 por "equipo no devuelto" en la tarjeta {{MC}}. Además:

- Boleta electrónica N° 10445590 por $ 59.990.
- Orden de despacho {LUHN:14}, Starken, seguimiento 963201458871 (esto era del equipo nuevo que nunca pedí).
- Versión de la app Mi Nubeo donde aparece el cobro: 7.1.0.3.

Llamé tres veces al 600 360 1234 y nadie me resuelve. Si no me devuelven el dinero esta semana voy a desconocer el cargo en el banco y reclamar en el SERNAC.

[[PERSON:Rodrigo Andrés Fuentealba]]
RUT {{CL_RUT}}
[[STREET_ADDRESS:Av. Pedro de Valdivia 1783, depto. 1402]], Providencia
{{PHONE_CL_FIX:nat}} / {{PHONE_CL:intl}}

---
Borrador de respuesta:
Estimado [[PERSON:Rodrigo]]: tiene toda la razón, el equipo figura recibido el 28/02 en Av. Apoquindo 3000. Anulamos el cobro de $ 59.990 (nota de crédito N° 7720451) y la orden de despacho; el reverso se verá en su tarjeta terminada en 4444 en un plazo de 5 a 10 días hábiles. Saludos, [[PERSON:Catalina]] — Nubeo Chile
===
[PLANTILLA «Confirmación de portabilidad» — reemplazar los campos #CAMPO# antes de enviar]

Hola #NOMBRE#, / Hola [[PERSON:Valentina]],

¡Bienvenida a Nubeo! Tu solicitud de portabilidad N° #NRO_SOLICITUD# (PORT-CL-2025-66310) quedó aprobada:

RUT del titular: #RUT# → {{CL_RUT}}
Número a portar: #NUMERO# → {{PHONE_CL:intl}}
Nombre: #NOMBRE_COMPLETO# → [[PERSON:Valentina Fernanda Orellana]]
Correo: #CORREO# → [[EMAIL_ADDRESS:vale.orellana@correo.example]]
Dirección de despacho de la SIM: #DIRECCION# → [[STREET_ADDRESS:Calle Esmeralda 940, depto. 33]], Valparaíso
PIN de la SIM: #PIN# → [[CREDENTIAL/PIN:7392]]
Código de activación: #CODIGO# → {{OTP6}}

La portabilidad se hará efectiva el #FECHA# entre las 00:00 y las 06:00. Plan contratado: Móvil Libre 60 GB, $ 9.990 mensuales.

Saludos,
#FIRMA_EJECUTIVO#
[[PERSON:Tomás]] — Nubeo Chile
===
Hi team / hola equipo! I'm [[PERSON:Sarah Lindqvist]], new at Viña Los Olmos SpA — sorry for the mix of English and Spanish, todavía estoy aprendiendo 🙂

Please add me as admin of the account (RUT de la empresa {{CL_RUT}}):
1. Name / nombre: [[PERSON:Sarah Lindqvist]] (RUT provisorio {{CL_RUT:raw}}; my Swedish passport is {{PASS_SE}})
2. Mobile / celular: {{PHONE_CL:intl}} / US number (WhatsApp): {{PHONE_US:nat}}
3. Email: [[EMAIL_ADDRESS:sarah@vinalosolmos.example]]
4. Office address / dirección: [[STREET_ADDRESS:Camino Los Olmos 2450, parcela 12]], Casablanca (not your office in Av. Apoquindo 3000 — last invoice was mailed there by mistake)
5. The previous admin was [[PERSON:Joaquín Errázuriz]], he left in February.
6. Our monitoring tool uses this API key for your status page: {{KEY_HEX}}

Invoice N° 10450021 ($ 149.990 + IVA) — we already paid it on 07/03.

Thanks! / ¡gracias!
[[PERSON:Sarah]]

---
Hi [[PERSON:Sarah]] / hola: listo, ya eres administradora de la cuenta (solicitud ADM-CL-5512). Please don't send API keys by e-mail — we recommend rotating it. Saludos, [[PERSON:Javiera]] — Nubeo Chile
