# Spanish of Mexico. Fourth check set (holdout4).
===
Buenas tardes, les paso el Excel que me pidieron con los datos de los tres empleados que van a usar la cuenta empresarial (lo copié tal cual):

nombre,curp,celular,correo,clabe_reembolso
[[PERSON:Héctor Ruvalcaba Nieto]],{{MX_CURP}},{{PHONE_MX:raw}},[[EMAIL_ADDRESS:hruvalcaba@grupoalameda.example]],{{CLABE}}
[[PERSON:Daniela Ortiz Landa]],{{MX_CURP}},{{PHONE_MX_FIX:nat}},[[EMAIL_ADDRESS:dortiz@grupoalameda.example]],{{CLABE:sp}}
[[PERSON:José Emiliano Cruz]],{MX_CURP:bad},{{PHONE_MX:e164}},[[EMAIL_ADDRESS:ecruz@grupoalameda.example]],{CLABE:bad}

El último creo que tiene mal la CURP y la CLABE, ahorita se las confirmo. Nuestro RFC es {{MX_RFCM}}, pedido empresarial 2025-MX-00981.

Saludos,
[[PERSON:Ximena]]
===
q onda!! 🙌 oigan xq no me han depositado el reembolso?? ya pasaron 10 días 😤
les vuelvo a pasar mi clabe {{CLABE}} esta a nombre de [[PERSON:Karla Guadalupe Mendoza]]
tb me pidieron el NIP de la tarjeta? es [[CREDENTIAL/PIN:7302]] pero no se si se los tenía q dar jaja
mi cel {{PHONE_MX:mx044}}
orden #{LUHN:12} por $1,499.00 MXN

---
Hola [[PERSON:Karla]] 👋 Nunca te pediremos el NIP, por favor cámbialo en tu banco hoy mismo. El reembolso de $1,499.00 MXN sale el 14 de marzo a la CLABE que nos diste. ¡Gracias por la paciencia! — [[PERSON:Fer]], Soporte Nubeo
===
Transcripción — llamada entrante 15/03/2025 12:47, agente: [[PERSON:Rogelio Bautista]]

Agente: Gracias por llamar a Nubeo, habla [[PERSON:Rogelio]], ¿con quién tengo el gusto?
Cliente: Este... sí, buenas, habla [[PERSON:Araceli Domínguez]], fíjese que quiero cambiar mi dirección de envío.
Agente: Claro que sí, señora [[PERSON:Araceli]]. ¿Me confirma su RFC para validar?
Cliente: Mmm, sí, es... a ver, déjeme ver... {{MX_RFC}}.
Agente: Perfecto, gracias. ¿Cuál es la nueva dirección?
Cliente: Es [[STREET_ADDRESS:Calle Río Nazas 118, interior 4]], colonia Cuauhtémoc, código postal cero seis cinco cero cero.
Agente: ¿Y un teléfono de contacto?
Cliente: Sí, el de mi casa: cincuenta y cinco, cincuenta y dos, ochenta, catorce, treinta y uno. O el cel, {{PHONE_MX:mx1}}.
Agente: Listo, quedó registrado. Su folio es MX-DIR-440192. El paquete que va en camino, guía 7701 2934 5581, ya no se puede desviar, pero los siguientes sí.
Cliente: Ah, bueno, ok. Gracias, joven.
===
Hi! Sorry, mi español no es muy bueno, I'm writing from San Antonio pero mi cuenta es de México.

I need help con mi account, no puedo entrar since I changed my phone. My old number was {{PHONE_MX:intl}} and the new one is {{PHONE_US:nat}}. El email de la cuenta es [[EMAIL_ADDRESS:valeria.quintanilla@mail.example]].

Also, my passport number in case you need it para verificar: {{PASS_MX}}. Mi fecha de nacimiento is [[DATE_OF_BIRTH:March 3, 1996]].

Thank you!!
[[PERSON:Valeria Quintanilla]]
===
---------- Forwarded message ---------
De: [[PERSON:Mauricio Legorreta]] <[[EMAIL_ADDRESS:mlegorreta@nubeo-ventas.example]]>
Date: jue, 6 mar 2025 a las 9:14
Subject: ESCALAMIENTO: CFDI mal emitido — Comercializadora Tlaloc
To: <facturacion@nubeo.example>

Equipo, les escalo este caso. El cliente necesita que el CFDI salga con el RFC correcto.

---------- Forwarded message ---------
De: [[PERSON:Patricia Ugalde]] <[[EMAIL_ADDRESS:pugalde@comtlaloc.example]]>
Date: mié, 5 mar 2025 a las 18:30
Subject: Re: CFDI mal emitido

El CFDI con folio fiscal 6F9A3C1E-22B4-4D7A-9E11-0C5B7A2D8E44 salió con el RFC {MX_RFCM:bad}, que no es el nuestro. El correcto es {{MX_RFCM}}. Domicilio fiscal: [[STREET_ADDRESS:Av. Lázaro Cárdenas 2305, piso 7]], Guadalajara, Jal. Total facturado $48,720.00 MXN.

Contacto directo: {{PHONE_MX_FIX:intl}} ext. 214.

> El mar, 4 mar 2025, Facturación Nubeo <facturacion@nubeo.example> escribió:
> Estimada [[PERSON:Patricia]], por favor confírmenos el RFC. Llámenos al 800 123 4567.
> Atentamente, [[PERSON:Omar]]
===
[Nota interna — recuperación de cuenta, ticket MX-RC-20250311-07]

Cliente dice ser [[PERSON:Brenda Salazar Quiroz]], CURP {{MX_CURP}}. Llamó desde un número distinto al registrado ({{PHONE_MX:nat}}).
- Último acceso legítimo: 9 mar 2025 desde [[IP_ADDRESS:198.51.100.23]].
- Acceso sospechoso: 10 mar 2025, "logged in from" [[IP_ADDRESS:192.0.2.201]] (Querétaro, según geo).
- Se le envió código de verificación {{OTP6}} por correo a [[EMAIL_ADDRESS:brenda.sq@correo.example]]; lo confirmó bien.
- Pidió que reembolsemos a su tarjeta terminación 8210, no a la CLABE.
Siguiente paso: que [[PERSON:Itzel]] (Fraudes) revise el dispositivo "iPhone de Santa Fe" que aparece como confiable.
