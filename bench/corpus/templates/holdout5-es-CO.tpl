# Spanish of Colombia. Fifth check set (holdout5).
===
[Macro 14 — «Actualización de datos del titular». Diligenciar los campos [ENTRE CORCHETES] y borrar los que no apliquen]

Buenas tardes, [NOMBRE_CLIENTE] / Buenas tardes, [[PERSON:Luisa Fernanda]]:

Le confirmamos que actualizamos los datos de su cuenta N.° [NUMERO_CUENTA] 8800214573 así:

* Titular: [[PERSON:Luisa Fernanda Restrepo Gil]]
* Cédula de ciudadanía: [CEDULA] → {{CO_CC}}
* NIT de su empresa (para la factura electrónica): [NIT] → {{CO_NIT}}
* Celular: [CELULAR] → {{PHONE_CO:nat}}
* Teléfono fijo: [FIJO] → {{PHONE_CO_FIX:intl}} ext. 305
* Correo para la factura: [CORREO] → [[EMAIL_ADDRESS:lfrestrepo@confeccionesgil.example]]
* Dirección: [DIRECCION] → [[STREET_ADDRESS:Carrera 43A # 14-109, apto 1203]], El Poblado, Medellín

El NIT que estaba registrado ({CO_NIT:bad}) no corresponde al de la DIAN, por eso las facturas FE-77120 y FE-77131 se rechazaron. El cambio aplica desde el ciclo de facturación del [FECHA_CICLO].

Cordialmente,
[NOMBRE_ASESOR] [[PERSON:Sebastián]]
Nubeo Colombia — Línea de atención: marque *611 desde su celular Nubeo
===
Asunto: RE: RE: Solicitud de portabilidad rechazada — radicado 2025-031-004518

Buen día, señor [[PERSON:Hernando]]:

Revisamos el caso con el operador donante y el rechazo fue porque el número estaba a nombre de su esposa. Ya con la autorización firmada que nos envió, la portabilidad queda programada para el 18/03/2025 entre la 1:00 y las 5:00 a. m. No tiene ningún costo (la tarifa de $ 0 aplica por la Resolución CRC 5050 de 2016).

Cordialmente,

[[PERSON:Natalia Andrea Cárdenas]]
Coordinadora de Portabilidad Numérica | Nubeo Colombia

AVISO DE CONFIDENCIALIDAD: Este mensaje puede contener información reservada. Si usted no es el destinatario, por favor infórmenos y elimínelo. Sus datos personales se tratan conforme a la Ley 1581 de 2012 y el Decreto 1377 de 2013.

El mié, 12 mar 2025 a las 7:48 p. m., [[PERSON:Hernando Ospina Cuartas]] <[[EMAIL_ADDRESS:h.ospina.cuartas@correo.example]]> escribió:
> Señores Nubeo,
> Adjunto la autorización de mi esposa, [[PERSON:Gloria Inés Mejía]], cédula {{CO_CC}}, titular de la línea {{PHONE_CO:intl}}.
> Mis datos: cédula {{CO_CC:raw}}, celular {{PHONE_CO:e164}}, dirección [[STREET_ADDRESS:Calle 72 # 10-34, torre 2, apto 501]], Bogotá.
> Ella nació el [[DATE_OF_BIRTH:4 de octubre de 1966]], por si el otro operador lo pide para validar.
>
> Atentamente,
> [[PERSON:Hernando Ospina]]
>
> El mar, 11 mar 2025 a las 10:15 a. m., Nubeo Colombia <facturacion@nubeo.example> escribió:
>> Señor [[PERSON:Ospina]]: la solicitud con radicado 2025-031-004518 fue rechazada por el operador donante (causal 03: titular no coincide).
===
hola buenas noches disculpe que le escriba asi pero es que estoy manejando y le hablo al celular mi nombre es [[PERSON:yeison alexander muñoz]] cedula {{CO_CC:raw}} el numero mio es {{PHONE_CO:raw}} y el de la casa {{PHONE_CO_FIX:nat}} el problema es que me cobraron dos veces el plan de 65900 en la tarjeta {{MC:raw}} que vence el [[CREDENTIAL/CARD_EXPIRY:02/27]] y el codigo de seguridad es {{CVV}} para que me hagan el reembolso rapido mi direccion es [[STREET_ADDRESS:calle 45 sur # 23-18]] en bosa bogota y mi correo [[EMAIL_ADDRESS:yeisonmunoz88@correo.example]] quedo atento

---
Buenas noches, [[PERSON:Yeison]]: por su seguridad no escriba los datos completos de la tarjeta ni el código de seguridad; ya los eliminamos del chat. Vimos el doble cobro de $ 65.900 del 08/03 y generamos el reembolso con el número de solicitud REE-CO-41288 (de 8 a 12 días hábiles). Quedamos atentos. [[PERSON:Camilo]] — Nubeo Colombia
===
Nota interna — caso CO-VER-2025-1177 — verificación de identidad para duplicado de SIM

Cliente: [[PERSON:María Camila Zuluaga]] (CC {{CO_CC}}; fecha de nacimiento [[DATE_OF_BIRTH:1992-05-08]])
Celulares: {{PHONE_CO:intl}} (línea afectada) / {{PHONE_CO:00}} (contacto alterno, de su hermano [[PERSON:Andrés Felipe]])
Correo: [[EMAIL_ADDRESS:mcamila.zuluaga@correo.example]]
Pasaporte (lo mostró por videollamada): {{PASS_CO}}
Empresa donde trabaja y paga la factura: Zuluaga & Asociados S.A.S., NIT {{CO_NIT:dash}}
Acceso al portal desde [[IP_ADDRESS:203.0.113.88]] el 13/03 a las 11:02; la clienta confirma que es su IP del trabajo.
PIN de la SIM nueva: [[CREDENTIAL/PIN:2580]] — PUK entregado en sobre sellado.
Clave de un solo uso enviada al correo: {{OTP6}}.
Obs.: la cédula del formulario web tenía un dígito de más (1.036.455.210.7), corregido. Escalado a [[PERSON:Valeria]], Back Office.
===
Señores Nubeo Colombia
Asunto: PQR — derecho de petición por cobro no reconocido y desconocimiento de compra

Yo, [[PERSON:Jhon Jairo Betancur]], identificado con cédula {{CO_CC}}, presento esta petición:

HECHOS
1. El 27/02/2025 a las 9:41 p. m. se registró un cargo de $ 1.249.900 a mi tarjeta {{VISA}} por la orden {LUHN:16}.
2. La factura electrónica es la FE-2025-118822 (CUFE 4f9a1c0b…). No reconozco esa compra.
3. La guía de Servientrega 2045871336 dice entregado el 02/03 a las 4:15 p. m. en una dirección que no es la mía. La mía es [[STREET_ADDRESS:Diagonal 23 # 45-12, casa 7]], Barrio San Vicente, Bucaramanga.
4. Solo tengo una tarjeta Nubeo Pay terminada en 6445 y nunca la he usado para esto.

PETICIÓN
Que se reverse el cargo y se me devuelva el dinero a la misma tarjeta, y que me envíen copia de la grabación de la compra (versión de la app 3.8.1.4, según el correo de confirmación).

Notificaciones: [[EMAIL_ADDRESS:jjbetancur@correo.example]] / {{PHONE_CO:nat}}

---
Borrador de respuesta:
Señor [[PERSON:Betancur]]: su PQR quedó radicada con el número PQR-2025-004917 el 03/03/2025. Anulamos la orden y la factura FE-2025-118822; el reverso de $ 1.249.900 se verá en su tarjeta en máximo 15 días hábiles. La actualización 3.8.1.5 de la app Nubeo Pay ya bloquea compras desde dispositivos nuevos. Cordialmente, [[PERSON:Daniela]] — Nubeo Colombia
===
Hi! Soy [[PERSON:Emily Carter]], I'm the new office manager at Café Altura S.A.S. (NIT {{CO_NIT}}) — writing in both languages porque el contador no habla inglés 🙂

Things to update / cosas por actualizar:
- Billing contact / contacto de facturación: [[PERSON:Óscar Iván Pardo]] (contador, CC {{CO_CC}}) — [[EMAIL_ADDRESS:contabilidad@cafealtura.example]]
- My phone / mi celular: {{PHONE_CO:intl}} / my US cell (until June): {{PHONE_US:e164}}
- My ID here: passport {{PASS_US}} (no tengo cédula de extranjería todavía)
- Shop address / dirección de la tienda: [[STREET_ADDRESS:Carrera 5 # 26-55, local 2]], Barrio Getsemaní, Cartagena
- Office Wi-Fi password — please set it to [[CREDENTIAL/PASSWORD:Altura*Cafe2025]] when the technician comes
- Our POS integration uses our own API key {{KEY_STRIPE}} — will it still work after the migration?

Old NIT on the invoices: {CO_NIT:bad} (wrong!). Invoice FE-30112 for $ 389.000 COP is due 25/03.

Thanks / mil gracias,
[[PERSON:Emily]]

---
Hi [[PERSON:Emily]] / hola: ya actualizamos el NIT y el contacto de facturación. Please don't share API keys by e-mail; we've rotated that one (ticket CO-API-0915). Saludos, [[PERSON:Juliana]] — Nubeo Colombia
