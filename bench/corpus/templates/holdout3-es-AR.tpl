# Spanish of Argentina. Third check set (holdout3), written by another hand.
===
Hola [[PERSON:Agustina]], ¿cómo estás?

Te confirmamos que el reintegro de $ 24.500,00 por la compra N° 100-2024-558812 se va a acreditar en tu CBU {{CBU}} dentro de las próximas 48 h hábiles.

Cualquier cosa nos escribís o llamás al 0800 333 4567.

Saludos!
[[PERSON:Facundo]]
Equipo Nubeo Argentina
===
hola che, les mando mis datos para la factura A porque soy monotributista

[[PERSON:Martín Ezequiel Sosa]]
cuit {{AR_CUIT}}
dni {{AR_DNI}}
domicilio fiscal: [[STREET_ADDRESS:Av. Rivadavia 5400, 3° C]], Caballito, CABA

el pedido es el 2024110700231, gracias
===
Hola [[PERSON:Martín]]:

Ya re-emitimos la factura como tipo A (N° 0003-00012477) por $ 58.900,00 + IVA. Tené en cuenta que el CUIT que figuraba antes, {AR_CUIT:bad}, no era válido, por eso el sistema la había hecho tipo B.

Abrazo,
[[PERSON:Lucila Ferreyra]]
Facturación · Nubeo
===
De: [[PERSON:Graciela Benítez]] <[[EMAIL_ADDRESS:grabenitez@correo.example]]>
Para: soporte@nubeo.example
Asunto: URGENTE cambio de cuenta

Buenas tardes, por favor dejen de debitar de la cuenta vieja ({CBU:bad}) y usen esta: {{CBU:sp}}. El titular es mi marido, [[PERSON:Osvaldo Paz]], CUIL {{AR_CUIT:raw}}.

Mi cel es {{PHONE_AR:nat}}, llamen después de las 17.

[[PERSON:Graciela]]
===
[[PERSON:Nahuel]] (Nubeo): Hola! Soy [[PERSON:Nahuel]], ¿en qué te puedo ayudar?
Cliente: hola, me bloquearon la cuenta por poner mal la clave
[[PERSON:Nahuel]] (Nubeo): Uh, qué garrón. Te mando un código de desbloqueo a tu mail.
Cliente: ok ya me llegó, es {{OTP6}}
[[PERSON:Nahuel]] (Nubeo): Perfecto, pero no hacía falta que me lo pases 😅. Ingresalo en la app y después elegí una clave nueva de al menos 10 caracteres.
Cliente: dale, puse [[CREDENTIAL/PASSWORD:RiverPlate1986]] como nueva
[[PERSON:Nahuel]] (Nubeo): Te recomiendo cambiarla ya mismo por otra, porque quedó escrita en el chat.
===
Buenas, me mudé y necesito el traslado del servicio de fibra.

Dirección vieja: [[STREET_ADDRESS:Bv. San Juan 830, 5° B]], Córdoba
Dirección nueva: [[STREET_ADDRESS:Calle 9 de Julio 1453]], Villa María, Córdoba
Teléfono fijo: {{PHONE_AR_FIX:nat}}
Fecha de nacimiento del titular: [[DATE_OF_BIRTH:30/11/1979]]

Titular: [[PERSON:Hugo Ramón Gaitán]]
===
Hola [[PERSON:Hugo]]:

Programamos el traslado para el viernes 22/11 de 8 a 13 h. El técnico se va a comunicar antes al teléfono que nos dejaste. Orden de trabajo: OT-AR-774120.

Recordá que el módem viejo lo tenés que devolver en la sucursal de Av. Colón (no hace falta turno).

Saludos,
[[PERSON:Romina]]
===
NO PUEDO CREER QUE ME HAYAN COBRADO DOS VECES!!! $ 12.999 Y $ 12.999 EN LA TARJETA {{MC}}

ME CONTESTAN O HAGO LA DENUNCIA EN DEFENSA DEL CONSUMIDOR

[[PERSON:Claudio]]
===
Hola [[PERSON:Claudio]]:

Tenés toda la razón, fue un error nuestro. Ya anulamos el segundo cargo de $ 12.999,00 (operación 88213409). En tu resumen vas a ver la devolución en la tarjeta terminada en 4444 en el próximo cierre.

Te pedimos disculpas. Y por favor, no compartas el número completo de la tarjeta en los mensajes.

[[PERSON:Valentina Ríos]]
Atención al Cliente
===
Hola, les escribo desde Bahía Blanca. Para la app nueva de mi negocio necesito la API key de Nubeo Pay, la que me pasaron el año pasado era [[CREDENTIAL/API_KEY:3f9a1c7e5b2d48f0a6c1e9b7d3f52a84]] y ya no anda.

La empresa es Panificadora Del Sur S.R.L., CUIT {{AR_CUIT30}}. Mi pasaporte es {{PASS_AR}}, por si necesitan validar que soy el dueño.

[[PERSON:Ignacio Baldoni]]
