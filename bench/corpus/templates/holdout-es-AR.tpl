# Holdout check set, Spanish of Argentina. Written apart from the tuning: do not tune on it.
===
Hola [[PERSON:Facundo]], ¿cómo estás?

Te confirmamos que el débito automático quedó adherido a la cuenta con CBU {{CBU}}. El primer débito va a ser el 10/07 por $ 18.990.

Cualquier cosa escribinos por acá.

Saludos,
[[PERSON:Micaela]] de Nubeo
===
Buenas,

Soy [[PERSON:Lautaro Gabriel Sosa]], DNI {{AR_DNI}}, CUIL {{AR_CUIT}}. Me llegó una factura a nombre de otra persona y no entiendo por qué. Vivo en [[STREET_ADDRESS:Av. Rivadavia 5420, 3° B]], Caballito.

Mi cel es {{PHONE_AR:nat}}.

Gracias
===
Hola [[PERSON:Bianca]]:

Ya te reseteamos el acceso. Entrá con tu mail y esta contraseña provisoria: [[CREDENTIAL/PASSWORD:Patag0nia!77]]. Después andá a Mi perfil > Seguridad y cambiala por una que solo sepas vos.

Si no pediste el cambio, avisanos.

Saludos,
Soporte Nubeo Argentina
===
Hola equipo,

Les paso el caso del cliente para que lo vean en Cobranzas.

---------- Forwarded message ---------
From: [[PERSON:Horacio Di Pietro]] <[[EMAIL_ADDRESS:hdipietro@example.com.ar]]>
Date: mié, 12 jun 2024 a las 16:40
Subject: Reclamo factura 0003-00098123
To: <soporte@nubeo.example>

Les reclamo la factura 0003-00098123 de $ 45.300, que ya pagué con la tarjeta {{VISA}}. Tengo el comprobante de la operación 55120098.
Mi teléfono: {{PHONE_AR_FIX:nat}}

[[PERSON:Horacio]]
===
Hola [[PERSON:Santino]]:

Probá lo siguiente: desde el celu conectado al wifi entrá a 192.168.0.1, usuario admin, y en la sección WAN fijate que la IP que te asignamos sea la [[IP_ADDRESS:203.0.113.150]]. Si ves una que empieza con 100.64, avisanos que es un problema de nuestro lado.

Saludos,
Soporte Técnico
===
Hola [[PERSON:Milagros]]:

Tu número de cliente es 20-4471 y tu plan es el Hogar 300 Mb ($ 24.500 por mes). El próximo vencimiento es el 15/07/2024. Podés pagar por Mercado Pago o en Rapipago con el código de pago 0000 4471 2024 0715.

Tu equipo tiene el firmware 3.10.2.

Saludos,
Nubeo
===
Hola [[PERSON:Ezequiel]]:

Te mandamos un código de 6 dígitos al celular terminado en 4821. Si no te llegó, el código vigente es {{OTP6}} y vence en 10 minutos. No se lo pases a nadie.

Soporte
===
Hola, qué tal

Necesito la factura A a nombre de Distribuidora del Centro S.R.L., CUIT {{AR_CUIT30}}, domicilio [[STREET_ADDRESS:Bv. San Juan 890, piso 2]], Córdoba.

Saludos,
[[PERSON:Valentina Ríos]]
Administración
