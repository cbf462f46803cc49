# Spanish of Mexico. Fifth check set (holdout5).
===
Asunto: RE: RE: Refacturación CFDI — pedido MX-2025-77120

Hola [[PERSON:Ximena]], buen día:

Ya timbramos el nuevo CFDI con el RFC que nos compartió, uso G03, régimen 601 y C.P. 64000. Folio fiscal: 6F9C2A1E-4B7D-4C1A-9E2F-8D3B5A7C0E11, total $ 12,480.00 MXN. El CFDI anterior (serie A, folio 88412) quedó cancelado el 13/03/2025 a las 10:05.

Saludos cordiales,

[[PERSON:Héctor Emilio Zavala]]
Ejecutivo de Cuentas Empresariales | Nubeo México
facturacion@nubeo.example

AVISO DE PRIVACIDAD: Nubeo México, S.A. de C.V. es responsable del tratamiento de sus datos personales conforme a la LFPDPPP. Este mensaje es confidencial; si lo recibió por error, bórrelo y avise al remitente. Aviso integral en nubeo.example/mx/privacidad.

El mié, 12 de mar de 2025, 17:26, [[PERSON:Ximena Sotelo Garza]] <[[EMAIL_ADDRESS:xsotelo@ferreterasotelo.example]]> escribió:
> [[PERSON:Héctor]], buenas tardes.
> La factura salió con el RFC {MX_RFCM:bad}, que no es el nuestro. El correcto es {{MX_RFCM}} (Grupo Ferretero Sotelo).
> Si para la carta poder necesitan mis datos como persona física: RFC {{MX_RFC}}, CURP {{MX_CURP}}.
> Mi celular {{PHONE_MX:mx1}} y la oficina {{PHONE_MX_FIX:nat}} ext. 118.
> Domicilio fiscal: [[STREET_ADDRESS:Av. Constitución 2050 Pte., int. 4]], Col. Centro, Monterrey, N.L.
>
> Saludos,
> [[PERSON:Ximena Sotelo]]
> Gerente de Administración y Finanzas
>
> El mar, 11 de mar de 2025, 09:40, Facturación Nubeo <facturacion@nubeo.example> escribió:
>> Estimada clienta: adjuntamos el CFDI serie A folio 88412 del pedido MX-2025-77120 por $ 12,480.00.
===
oiga buenas tardes le escribo por voz porque no veo bien las letras mi nombre es [[PERSON:maria de los angeles hernandez]] mi curp es {{MX_CURP}} y mi numero es el {{PHONE_MX:mx044}} quiero que me quiten el cargo de 349 pesos que me hicieron el 2 de marzo a la tarjeta {{MC:raw}} mi nip es [[CREDENTIAL/PIN:4471]] por si lo necesitan mi nieto [[PERSON:brayan]] fue el que me contrato el paquete en la tienda y ya no me acuerdo que contraseña puso creo que era [[CREDENTIAL/PASSWORD:brayan2010]] vivo en [[STREET_ADDRESS:calle 5 de mayo 112 interior b]] colonia guadalupe en puebla tambien me llego un mensaje con la clave {{OTP6}} no se si es de ustedes

---
Buenas tardes, Sra. [[PERSON:María de los Ángeles]]: ya cancelamos el cargo de $349.00 (folio de aclaración ACL-MX-20931). Por favor nunca comparta su NIP ni las claves que le llegan por mensaje, ni con nosotros; le recomendamos llamar a su banco para cambiar el NIP. — [[PERSON:Guadalupe]], Nubeo México
===
Nota interna — Soporte N2 — folio 2025-03-MX-4471 — 14/03/2025 18:22

Cliente: [[PERSON:Rodrigo Alcántara Vega]] (RFC {{MX_RFC}}, CURP {{MX_CURP}}; la CURP que capturó el asesor de tienda, {MX_CURP:bad}, no valida en RENAPO)
Tel.: {{PHONE_MX:intl}} (en tienda lo capturaron como {{PHONE_MX:mx045}}) / casa {{PHONE_MX_FIX:dash}}
Correo: [[EMAIL_ADDRESS:r.alcantara@correo.example]]
Pasaporte: {{PASS_MX}} (lo presentó para la portabilidad)
Devolución pendiente: $ 1,299.00 a la CLABE {{CLABE}}; la CLABE que dio primero ({CLABE:bad}) tiene mal el dígito verificador.
Contraseña temporal generada: [[CREDENTIAL/PASSWORD:Nub30-Tmp!7731]] (vence en 24 h)
Se conectó desde [[IP_ADDRESS:2001:db8:4a1c::17]] a las 03:10; él dice que su IP es [[IP_ADDRESS:198.51.100.200]].
App iOS 6.2.0.14. Paso el caso a [[PERSON:Daniela]] de Cobranza.
===
Asunto: Aclaración / contracargo — cargo no reconocido por $ 2,499.00

Buenas noches,

El 05/03/2025 a las 23:14 h apareció en mi estado de cuenta un cargo de $ 2,499.00 MXN con la descripción "NUBEO MX*PEDIDO 7781-2290". Yo no hice ese pedido. Ya levanté la aclaración con mi banco (folio 0031-77821-MX) y si no me responden en 48 h pido el contracargo.

Datos para que me ubiquen:
- Titular: [[PERSON:Fernanda Lizbeth Ochoa Rangel]]
- RFC: {{MX_RFC}}
- Tarjeta del cargo: {{AMEX}} (la de terminación 4444 no la usé con ustedes)
- Celular: {{PHONE_MX:nat}}
- Domicilio: [[STREET_ADDRESS:Calle Vicente Guerrero 318, depto. 7]], Col. Del Carmen, Coyoacán, CDMX
- El pedido dice que se entregó con la guía DHL JJD000390007711223 el 07/03 a las 12:40, pero a esa hora yo estaba en el trabajo.

[[PERSON:Fernanda]]

---
Borrador de respuesta (revisar antes de enviar):
Hola [[PERSON:Fernanda]]: revisamos el pedido 7781-2290 y fue hecho desde otra cuenta con tu tarjeta. Lo cancelamos y generamos el reembolso RMB-55102 por $ 2,499.00, que verás en 3 a 5 días hábiles. No es necesario el contracargo; si ya lo pediste, comparte con tu banco este número de reembolso. La app versión 6.2.0.14 ya pide verificación en dos pasos. Saludos, [[PERSON:Luis Enrique]] — Nubeo México
===
[MACRO «Bienvenida Empresarial» — reemplaza cada %CAMPO% y borra esta línea]

Estimado(a) %NOMBRE_CONTACTO%,
Estimado Ing. [[PERSON:Raúl Benítez Ochoa]]:

Bienvenido a Nubeo Empresas. Su cuenta quedó dada de alta con estos datos:

Razón social: %RAZON_SOCIAL% → Logística Benítez del Bajío, S.A. de C.V.
RFC: %RFC% → {{MX_RFCM}}
Teléfono del contacto: %TELEFONO% → {{PHONE_MX_FIX:intl}}
CLABE para domiciliación: %CLABE% → {{CLABE:sp}}
Usuario del portal: %USUARIO% → admin.benitez
Contraseña inicial: %PASSWORD% → [[CREDENTIAL/PASSWORD:Bajio#2025Lgx]] (le pediremos cambiarla al primer acceso)
Clave de API para la integración de rastreo: %API_KEY% → {{KEY_GOOGLE}}
Fecha de activación: %FECHA_ACTIVACION% → 17/03/2025
Número de contrato: CTO-EMP-2025-00317

Para cualquier duda responda este correo. Su ejecutivo asignado es %EJECUTIVO% → [[PERSON:Paola Méndez]].

Atentamente,
Equipo Nubeo Empresas
===
Hi! soy [[PERSON:Daniel Ortega Ruiz]], I live in Texas pero el servicio es para mi mamá en Guadalajara, so sorry for the Spanglish 😅

Here's the info que me pidieron:
* mi número de aquí / my US number: {{PHONE_US:nat}}
* el celular de mi mamá ([[PERSON:Graciela Ruiz]]): {{PHONE_MX:e164}}
* her CURP: {{MX_CURP}} / my ITIN (no tengo SSN): {{US_ITIN}}
* address de ella: [[STREET_ADDRESS:Calle Libertad 1420, int. 3]], Col. Americana, 44160 Guadalajara, Jal.
* fecha de nacimiento de mi mamá / DOB: [[DATE_OF_BIRTH:1958-02-17]]
* refund to my CLABE {{CLABE}} or to my Zelle ([[EMAIL_ADDRESS:danny.ortega@mail.example]])

The order was #MX-WEB-558201 ($ 1,099.00 MXN), paid on 03/03 at 7:15 pm. Ah, y el CURP que puse en la web estaba mal ({MX_CURP:bad}), sorry.

Thanks!! / ¡gracias!
[[PERSON:Daniel]]

---
Hi [[PERSON:Daniel]] / hola: ya quedó el servicio a nombre de tu mamá y el reembolso del pedido MX-WEB-558201 sale a la CLABE el 20/03. Saludos, [[PERSON:Itzel]] — Nubeo México
