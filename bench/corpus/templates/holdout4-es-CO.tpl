# Spanish of Colombia. Fourth check set (holdout4).
===
>>> Formulario PQRS recibido desde nubeo.example/co/pqrs <<<
Tipo de solicitud: Petición
Nombre completo: [[PERSON:Luisa Fernanda Cárdenas Ospina]]
Tipo de documento: CC
Número de documento: {{CO_CC}}
Celular: {{PHONE_CO:nat}}
Correo: [[EMAIL_ADDRESS:luisaf.cardenas@correo.example]]
Dirección: [[STREET_ADDRESS:Calle 45 # 12-34, apto 502]], Chapinero, Bogotá
Fecha de nacimiento: [[DATE_OF_BIRTH:1990-02-14]]
Descripción: solicito copia de la factura FE-118273 del 02/02/2025 y la devolución de $ 79.900 COP cobrados de más.
>>> Fin <<<

Hola [[PERSON:Luisa Fernanda]], radicamos tu PQRS con el número 2025-PQRS-00731. Te respondemos en máximo 15 días hábiles. Cordialmente, [[PERSON:Andrés]] — Nubeo Colombia
===
q más, buenas tardes 😊
una pregunta pq no me deja pagar con nequi? 🤔
el número del nequi es {{PHONE_CO:raw}} a nombre de [[PERSON:Brayan Stiven Muñoz]]
tb intenté con la tarjeta {{AMEX}} y nada
la cc es {{CO_CC:raw}} x si la necesitan
es pa el plan de $ 54.900 😭

---
Hola [[PERSON:Brayan]] 🙌 Ya revisamos: Nequi estaba en mantenimiento hasta las 6 p. m. Ya puedes intentar de nuevo. Recuerda no mandar la tarjeta completa por chat. — [[PERSON:Valentina]], Soporte Nubeo
===
Transcripción — línea 01 8000 123 456 — 10/03/2025 16:05

Agente: Nubeo Colombia, buenas tardes, habla [[PERSON:Camilo]].
Cliente: Ey, buenas, sí, ehh... qué pena, es que me llegó un correo raro pidiéndome la clave.
Agente: Listo, no se preocupe. ¿Me regala su número de cédula?
Cliente: Sí, claro, uno cero, uno cinco, ehh... mejor se lo escribo por el chat.
Agente: Perfecto. ¿Y el correo que le llegó de dónde venía?
Cliente: De un tal [[EMAIL_ADDRESS:seguridad-nubeo@cuentas-verificar.example]], y me decía que entrara a un link.
Agente: Eso es phishing. ¿Usted ingresó su clave ahí?
Cliente: Ehh... sí. Era [[CREDENTIAL/PASSWORD:Medellin.2023]]. ¿Qué hago?
Agente: Le bloqueo la sesión ya mismo. Le va a llegar un código al {{PHONE_CO:intl}} para crear una nueva.
Cliente: Ah, bueno. Muchas gracias, sumercé.
Agente: Con gusto, don [[PERSON:Hernán]]. Queda el caso CASO-CO-771209.
===
Asunto: RV: RV: Cobro de IVA errado — Distribuidora El Dorado — escalamiento nivel 2

De: [[PERSON:Juliana Restrepo]] <[[EMAIL_ADDRESS:jrestrepo@nubeo-co.example]]>
Enviado el: miércoles, 5 de marzo de 2025 8:12 a. m.
Para: billing@nubeo.example

[[PERSON:Mateo]], te paso esto para nivel 2, ya van tres correos del cliente.

De: [[PERSON:Gustavo Adolfo Pineda]] <[[EMAIL_ADDRESS:gpineda@distrieldorado.example]]>
Enviado el: martes, 4 de marzo de 2025 5:47 p. m.
Asunto: RV: Cobro de IVA errado

Buenas tardes. Por tercera vez: el NIT de Distribuidora El Dorado S.A.S. es {{CO_NIT}}, no {CO_NIT:bad} como aparece en la factura FE-220145. Dirección: [[STREET_ADDRESS:Carrera 43A # 1 Sur-100, oficina 1504]], Medellín. Valor: $ 3.450.000 COP + IVA.

Teléfono: {{PHONE_CO_FIX:intl}} / celular {{PHONE_CO:e164}}.

[[PERSON:Gustavo Adolfo Pineda]]
Gerente Financiero

> El 20/02/2025, Facturación Nubeo escribió:
> Señor [[PERSON:Pineda]], su solicitud quedó radicada. Nuestra sede: Carrera 7 # 71-21, Bogotá.
===
NOTA INTERNA — Integraciones (no enviar al cliente)

El cliente [[PERSON:Sebastián Quintero]] (NIT de su empresa {{CO_NIT:dash}}) pegó en el ticket la clave de API de Google Maps que usa con nuestro widget: {{KEY_GOOGLE}}. Le pedí que la revoque.

Errores 401 desde [[IP_ADDRESS:203.0.113.77]] (su servidor, según él: "esa es mi IP fija") y desde [[IP_ADDRESS:2001:db8:0:1::a]]. Nuestro balanceador interno 172.16.4.20 responde bien.

Versión del SDK: 1.9.12. Pedido de integración INT-CO-0098. Contacto: [[EMAIL_ADDRESS:squintero@logisticasq.example]], {{PHONE_CO:nat}}.

Ojo: el cliente está en Villa de Leyva, horario −5.
— [[PERSON:Daniela]]
===
Hola [[PERSON:Esteban]]:

Te confirmamos la devolución por la cancelación del plan Anual (pedido {LUHN:16}, $ 599.000 COP). Como pagaste con la tarjeta terminada en 0004, el reverso se hará a ese mismo medio. Sin embargo, en tu mensaje incluiste los datos completos:

Tarjeta: {{DINERS}} — vence [[CREDENTIAL/CARD_EXPIRY:03/28]] — CVV {{CVV}}

Te pedimos no volver a enviarlos por correo. También nos diste una cuenta en el exterior por si el reverso falla; la dejamos registrada: {{IBAN_DE}}.

Tu nueva dirección de envío quedó como [[STREET_ADDRESS:Transversal 23 # 96-41, casa 12]], conjunto San Rafael, Cali.

Cordialmente,
[[PERSON:María José Ballesteros]]
Equipo de Reembolsos · Nubeo Colombia
