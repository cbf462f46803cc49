# Holdout2 check set, Spanish of Mexico. Written apart from the tuning and from holdout: do not tune on it.
===
hola buenas tardes, me pueden marcar a mi cel {{PHONE_MX:mx044}} o al de mi esposo {{PHONE_MX:mx1}}? ya llevo 3 dias esperando la instalacion
[[PERSON:Itzel]]
===
Hola [[PERSON:Brayan]], qué tal:

Tu pago de $1,299.99 MXN quedó aplicado el 05/09/2024 con el folio 99812003. Tu siguiente corte es el día 15 y el saldo pendiente es de $0.00.

Número de guía (Estafeta): 7013456789012. Paquetería: DHL 1234567890.

Saludos,
[[PERSON:Guadalupe Reyes]] | Atención a Clientes Nubeo México
===
De: [[PERSON:Nayeli Hernández Cruz]] <[[EMAIL_ADDRESS:nayeli.hc@example.com.mx]]>
Enviado el: jueves, 5 de septiembre de 2024 13:40
Para: facturacion@nubeo.example
Asunto: factura con mis datos fiscales

Buenas tardes, necesito factura del pedido 110-2298471. Mis datos:
RFC: {{MX_RFC}}
CURP {{MX_CURP}}
Régimen: 612
Uso CFDI: G03
C.P. fiscal 06700
===
Estimado [[PERSON:José Antonio]]:

Para el reembolso necesitamos una cuenta a tu nombre. La CLABE que nos compartiste ({CLABE:bad}) no es válida, por favor revísala. Debe tener 18 dígitos, por ejemplo la del estado de cuenta.

Atentamente,
Reembolsos Nubeo
===
ya les mande mi clabe: {{CLABE}}
banco: bbva, titular [[PERSON:Yeison Ramírez]]
===
[[PERSON:Toño]] aquí, el nip de mi tarjeta es [[CREDENTIAL/PIN:4821]] por si lo necesitan para el cargo, y el código que me llegó es {{OTP6}}
===
Hola [[PERSON:Ximena]]:

Por tu seguridad nunca te pediremos el NIP ni el código de verificación. La tarjeta registrada en tu cuenta es XXXX-XXXX-XXXX-1234 y vence en [[CREDENTIAL/CARD_EXPIRY:11/26]]; si ya no la usas puedes eliminarla desde la app (versión 5.3.12).

Un abrazo,
[[PERSON:Mariana]] de Nubeo
===
Confirmamos la dirección de entrega:

[[STREET_ADDRESS:Av. Revolución 1425 int. 7]], Col. San Ángel, Álvaro Obregón, 01000 Ciudad de México
Recibe: [[PERSON:Fernanda Itzel Campos]]
Tel. {{PHONE_MX:nat}}

Entrega estimada: 12 de septiembre, de 9 a 18 h.
===
Buen día, me cobraron doble con la tarjeta {{MC:dash}}, los dos cargos son de $349.00 del 02/09. Mi RFC de empresa es {{MX_RFCM}} por si hace falta.
[[PERSON:Ricardo Salinas]]
===
Hola!

El RFC {MX_RFC:bad} que capturaste no coincide con el que tiene el SAT, revisa la homoclave. Tu número de cliente es 5512-0098-33 y tu ticket es #MX-20240906-118.

Saludos
===
Llamada registrada:
- Cliente: [[PERSON:Montserrat Aguilar]]
- Teléfono: {{PHONE_MX:intl}}
- Motivo: portabilidad; el NIP de portabilidad es [[CREDENTIAL/PIN:7391]]
- Agente: [[PERSON:Iván]]
