# Holdout check set, Spanish of Colombia. Written apart from the tuning: do not tune on it.
===
Hola [[PERSON:Juan Esteban]]:

Confirmamos el cambio de titular de la cuenta. El nuevo titular es [[PERSON:Luz Marina Ospina]], cédula {{CO_CC}}, celular {{PHONE_CO:nat}}.

La factura de julio ya saldrá a su nombre.

Cordialmente,
[[PERSON:Camilo Andrés Rendón]]
Analista de Servicio al Cliente
===
Buenas tardes:

Por favor enviar el equipo de reemplazo a la [[STREET_ADDRESS:Calle 45 # 23-18, apto 502]], barrio Teusaquillo, Bogotá. Recibe mi esposo, [[PERSON:Hernando Pardo]].

Gracias,
[[PERSON:Gloria Inés Pardo]]
===
Hola:

Para el contrato empresarial necesitamos el RUT de la empresa. Nos indicaron el NIT {{CO_NIT:dash}} y la razón social Ferretería El Tornillo S.A.S.

El representante legal es [[PERSON:Óscar Iván Montoya]]; le agradecemos adjuntar copia de su cédula en PDF (sin escribir el número en el correo).

Atentamente,
Nubeo Empresas Colombia
===
[8:41 a. m.] [[PERSON:Yeison]]: buenos días, se me bloqueó la cuenta
[8:42 a. m.] Nubeo: Hola! Para ayudarte confírmame tu número de cédula
[8:42 a. m.] [[PERSON:Yeison]]: {{CO_CC}}
[8:43 a. m.] Nubeo: Gracias. Te enviamos un código al celular registrado
[8:44 a. m.] [[PERSON:Yeison]]: ya llegó, [[CREDENTIAL/OTP:448190]]
[8:44 a. m.] Nubeo: Listo, cuenta desbloqueada ✅
===
Hola [[PERSON:Daniela]]:

Tu pedido CO-2024-77120 fue despachado con Servientrega, guía 2150088123. El valor pagado fue $ 1.250.000 y la factura electrónica es la FE-10088.

Puedes comunicarte con nosotros en la línea 01 8000 123 456.

Saludos,
Equipo Nubeo
===
Hola,

Quiero diferir la compra a 12 cuotas. La tarjeta es {{DINERS}} y el código de seguridad es {{CVV}}. Mi número de contacto es {{PHONE_CO:intl}}.

[[PERSON:Wilson Arbeláez]]
===
Hola [[PERSON:Manuela]]:

La visita técnica quedó para el martes. El técnico [[PERSON:Jhon Fredy]] se identificará con su carné de Nubeo.

Saludos,

[[PERSON:Paola Andrea Gil]] | Coordinadora de Agenda
Nubeo Colombia · Carrera 7 # 71-21, Bogotá
Línea gratuita 01 8000 123 456

El 11/06/2024, a las 3:15 p. m., [[PERSON:Manuela Restrepo]] <[[EMAIL_ADDRESS:manuela.restrepo@example.co]]> escribió:
> Buenas, ¿a qué hora viene el técnico a la [[STREET_ADDRESS:Carrera 43A # 1 Sur-50]]?
===
Hola [[PERSON:Sergio]]:

Te compartimos el acceso al portal de proveedores:
Usuario: proveedor_8812
Clave: [[CREDENTIAL/PASSWORD:Cund1namarca$]]

Por favor cámbiala al ingresar.

Compras Nubeo
