# Spanish of Spain. Fourth check set (holdout4): web forms, chat, transcripts, chains, notes.
===
[Formulario web · Solicitud de reembolso · enviado 12/03/2025 09:41]

Nombre completo: [[PERSON:Marta Olmedo Ferrándiz]]
Documento (DNI/NIE): {{ES_DNI}}
Fecha de nacimiento: [[DATE_OF_BIRTH:17/06/1984]]
Teléfono de contacto: {{PHONE_ES:nat}}
Correo electrónico: [[EMAIL_ADDRESS:marta.olmedo84@correo.example]]
Dirección: [[STREET_ADDRESS:C/ Sagunto 27, 3º izda.]], 46009 Valencia
IBAN para el abono: {{IBAN_ES}}
Nº de pedido: {LUHN:16}
Importe reclamado: 89,90 €
Motivo: "Me llegó el altavoz Nubeo Alba roto, la caja venía aplastada."

---
Hola [[PERSON:Marta]]:

Gracias por el formulario. Hemos validado el pedido y el abono de 89,90 € se hará en la cuenta que nos indicas en 5-7 días hábiles. Si tienes dudas, responde a este correo o escribe a soporte@nubeo.example.

Un saludo,
[[PERSON:Álvaro]] · Atención al Cliente Nubeo
===
Transcripción llamada #LL-558201 (duración 06:12)

Agente: Nubeo, le atiende [[PERSON:Nerea]], ¿en qué puedo ayudarle?
Cliente: Sí, hola, buenas, eh... mire, es que no me llega el SMS para entrar en la app.
Agente: Vale, sin problema. ¿Me dice el número de móvil asociado?
Cliente: Es el seis, uno, siete... eh, perdón, seis uno siete, cuarenta y dos, diecinueve, ochenta y ocho.
Agente: Perfecto. ¿Y el DNI del titular, por favor?
Cliente: Sí, eh, {{ES_DNI:dash}}.
Agente: Gracias. Ahora mismo le veo, señor... [[PERSON:Gorka Etxeberria]], ¿correcto?
Cliente: Sí, sí, ese soy yo.
Agente: Vale, le he reenviado el código al móvil nuevo que consta, el {{PHONE_ES:intl}}. ¿Le ha llegado?
Cliente: Eh... sí, ahora sí. Es el {{OTP6}}.
Agente: No hace falta que me lo diga, don [[PERSON:Gorka]], lo introduce usted en la app. La versión 5.2.1 ya lo acepta.
Cliente: Ah, vale, vale. Perdone.
===
NOTA INTERNA (no visible para el cliente) — ticket #ES-2025-031877

Cliente: [[PERSON:Ioana Marinescu]], NIE {{ES_NIE}} (en el alta puso por error {ES_NIE:bad}, corregido).
Verificada con últimos 4 de la tarjeta (**** 4444) y fecha de alta 02/11/2021.
Intentos de acceso fallidos desde [[IP_ADDRESS:203.0.113.58]] y desde [[IP_ADDRESS:2001:db8:4a::17]] entre el 3 y el 4 de marzo. Ella dice que su IP de casa es [[IP_ADDRESS:192.168.1.37]] y que no reconoce las otras.
He bloqueado la sesión y forzado cambio de contraseña. La que tenía, según ella, era [[CREDENTIAL/PASSWORD:Bucarest1990!]] — se la desaconsejo, la usaba en más sitios.
Pendiente: que [[PERSON:Javi]] de Seguridad revise los logs del gateway 10.20.0.4 (versión 3.1.0.12).
===
Asunto: RV: RV: RE: Factura duplicada F-2025-00412 — ESCALADO

De: [[PERSON:Beatriz Cano]] <[[EMAIL_ADDRESS:beatriz.cano@nubeo-partner.example]]>
Enviado: martes, 4 de marzo de 2025 17:02
Para: facturacion@nubeo.example
Asunto: RV: RE: Factura duplicada F-2025-00412

Os reenvío el hilo, el cliente lleva tres semanas esperando. Por favor, prioridad alta.

-----Mensaje original-----
De: [[PERSON:Ramón Ibarra Salvatierra]] <[[EMAIL_ADDRESS:r.ibarra@talleresibarra.example]]>
Enviado: lunes, 3 de marzo de 2025 11:20
Para: soporte@nubeo.example
Asunto: RE: Factura duplicada F-2025-00412

Buenos días de nuevo. Os recuerdo los datos de la empresa: Talleres Ibarra S.L., CIF {{ES_CIF}}, domicilio fiscal [[STREET_ADDRESS:Polígono Industrial Las Atalayas, Calle del Libre Comercio 14, nave 3]], 03114 Alicante. La factura F-2025-00412 por 1.240,00 € se cobró dos veces (recibos 20250214-01 y 20250214-02). Nuestra cuenta: {{IBAN_ES}}. Móvil: {{PHONE_ES:raw}}.

Nubeo Servicios S.L. (CIF B12345674) nos confirmó por teléfono que lo arreglaban.

> El 18 feb 2025, a las 10:03, Equipo de Facturación <facturacion@nubeo.example> escribió:
> Estimado Sr. [[PERSON:Ibarra]]: hemos recibido su reclamación y la estamos revisando.
> Un saludo, [[PERSON:Lorena]]
===
holaa 👋 q tal
os escribo xq me habeis cobrado 2 veces la suscripción 😡😡
la tarjeta es la {{VISA}} cad [[CREDENTIAL/CARD_EXPIRY:09/27]] y el cvv {{CVV}} (x si lo necesitais pa devolverlo)
tb os digo q el pedido es el 4000-1234-88 y q pagué 14,99 € el 1 y otra vez el 2 de marzo
mi num x si acaso {{PHONE_ES:e164}}
gracias!! [[PERSON:Lucía]] 🙏

---
Hola [[PERSON:Lucía]], ¡no nos mandes nunca el CVV por aquí! 🙈 Ya hemos anulado el segundo cargo de 14,99 €. Te recomendamos pedir a tu banco una tarjeta nueva. Saludos, [[PERSON:Sergio]]
===
Hola [[PERSON:Thomas]]:

Hemos recibido tu solicitud de cambio de dirección y de recuperación de cuenta. Resumen de lo que nos enviaste:

- Pasaporte: {{PASS_ES}} (tu NIE aún está en trámite)
- Dirección antigua: [[STREET_ADDRESS:Avenida de San Juan Bautista 112, bajo B]], Madrid
- Dirección nueva: [[STREET_ADDRESS:Plaza de Santa Ana 3, 2º dcha.]], 28012 Madrid
- Correo de recuperación: [[EMAIL_ADDRESS:thomas.whitfield@mail.example]]
- Contraseña temporal que te dimos por teléfono: [[CREDENTIAL/PASSWORD:Nb-7tq4Lx]] (caduca en 24 h; cámbiala al entrar)

El envío pendiente (seguimiento ES0098112233447) se redirigirá a la nueva dirección. Nuestra oficina sigue en Calle de Serrano 41, 4ª planta, por si prefieres pasarte. Teléfono gratuito: 900 100 200.

Un saludo,
[[PERSON:Irene Montalvo]]
Equipo de Cuentas · Nubeo
