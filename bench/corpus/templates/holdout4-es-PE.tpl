# Spanish of Peru. Fourth check set (holdout4).
===
*** Formulario "Actualiza tus datos" — recibido desde la web ***
Nombres y apellidos: [[PERSON:Yessenia Paola Condori Huanca]]
Tipo de documento: DNI
Número de documento: {{PE_DNI}}
RUC (opcional): {{PE_RUC}}
Fecha de nacimiento: [[DATE_OF_BIRTH:05-11-1992]]
Celular: {{PHONE_PE:raw}}
Teléfono fijo: {{PHONE_PE_FIX:nat}}
Dirección: [[STREET_ADDRESS:Urb. Santa Rosa Mz. F Lt. 14]], San Juan de Lurigancho, Lima
Comentario: cambié de casa, antes vivía en [[STREET_ADDRESS:Jr. Ayacucho 742, dpto. 3]], Cercado.
*** fin del formulario ***

Hola [[PERSON:Yessenia]], ya actualizamos tus datos. Tu próximo recibo (N° 2025-03-118822, S/ 89.90) llegará a la nueva dirección. Saludos, [[PERSON:Renzo]] — Nubeo Perú
===
Transcripción de llamada — Central (01) 311 5000 — 11/03/2025

Agente: Buenos días, Nubeo Perú, le saluda [[PERSON:Kiara]].
Cliente: Ya, buenos días señorita, eh, llamo porque me bloquearon la tarjeta en la app.
Agente: Entiendo. ¿Me brinda su número de DNI, por favor?
Cliente: Sí, es cuatro, seis, dos, eh... cuatro seis dos uno, cero ocho, siete tres.
Agente: Cuatro seis dos uno cero ocho siete tres. Gracias, señor [[PERSON:Wilfredo Apaza]]. ¿Me confirma su correo?
Cliente: [[EMAIL_ADDRESS:wilfredo.apaza@correo.example]], todo junto.
Agente: Perfecto. Le estoy enviando un código por SMS.
Cliente: Ya me llegó... es {{OTP6}}. ¿Ahora qué hago?
Agente: Ingréselo en la app, versión 4.8.0 o superior. Ah, y su clave no me la dé, ¿ya?
Cliente: Ah, ya, ya. Es que la tengo anotada: [[CREDENTIAL/PASSWORD:Machu*Picchu77]].
Agente: Le recomiendo cambiarla hoy. Su número de atención es ATC-0031992.
===
hola buenas 😊 una consulta xq me sale "pago rechazado"??
puse la tarjeta {{MC:dash}} vence [[CREDENTIAL/CARD_EXPIRY:12/26]] cvv {{CVV}}
y tb probé con la otra {MC:bad} pero nada 😩
es para el plan Fibra 600 de S/ 129.90
mi wsp {{PHONE_PE:intl}} x si me pueden llamar
gracias, [[PERSON:Lizbeth]]

---
Hola [[PERSON:Lizbeth]], por seguridad no compartas el CVV por chat 🙏 El rechazo fue del banco emisor. Te sugerimos llamar a tu banco o pagar en agentes con el código 88123401. Saludos, Equipo Nubeo
===
Asunto: RV: Reclamo Libro de Reclamaciones N° LR-2025-000412 — URGENTE

De: Atención al Cliente Nubeo Perú
Para: Legal Nubeo
Fecha: 07/03/2025

Reenvío el reclamo para que lo revisen antes del plazo de 15 días.

----- Mensaje reenviado -----
De: [[PERSON:Giancarlo Villanueva Ríos]] <[[EMAIL_ADDRESS:gvillanueva@estudiovr.example]]>
Fecha: 06/03/2025 22:10
Asunto: Reclamo formal

Señores Nubeo:

Represento a Inversiones Chavín S.A.C., RUC {{PE_RUC20}}, con domicilio en [[STREET_ADDRESS:Av. José Larco 1150, oficina 1203]], Miraflores. Se nos facturó S/ 12,450.00 por servicios no prestados (facturas F001-00008812 y F001-00008813). Mi DNI es {{PE_DNI}} y mi celular {{PHONE_PE:e164}}.

Exijo respuesta escrita.

[[PERSON:Giancarlo Villanueva]]
Abogado

----- Mensaje anterior -----
> De: soporte@nubeo.example
> Estimado [[PERSON:Giancarlo]], su caso ya fue derivado. Atte., [[PERSON:Milagros]]
===
Nota interna — Devoluciones

Cliente [[PERSON:Rosa Amelia Quispe]] (DNI {{PE_DNI}}) pide la devolución de S/ 349.00 por el router Nubeo Victoria que llegó fallado. Pagó con tarjeta **** **** **** 0005, así que el extorno va a esa tarjeta; no pedirle número de cuenta.

Vive en el extranjero ahora y pidió que, si no se puede a la tarjeta, le depositemos a su cuenta en España: {{IBAN_ES}}. Le dije que primero intentamos el extorno. Su pasaporte: {{PASS_PE}}.

Guía de recojo del router: OLVA-99120034871. Fecha de compra: 14/01/2025.

— [[PERSON:Jhonatan]]
===
Hola [[PERSON:Carmen]]:

Recibimos tu pedido de recuperación de cuenta. Para confirmar que eres la titular, validamos lo siguiente:

• Correo registrado: [[EMAIL_ADDRESS:carmen.salinas.t@mail.example]]
• Celular registrado: {{PHONE_PE:nat}}
• Último pago: S/ 59.90 el 02/03/2025 (operación 000731925)
• IP desde la que hiciste el pedido: [[IP_ADDRESS:203.0.113.9]]

Tu clave temporal es [[CREDENTIAL/PASSWORD:tmp-Qr83vZ]] y vence a las 23:59 de hoy. Si no fuiste tú, responde a este mensaje o llámanos al (01) 311 5000.

Saludos,
[[PERSON:Diego Alonso Paredes]]
Seguridad de Cuentas — Nubeo Perú
