# Holdout2 check set, Spanish of Peru. Written apart from the tuning and from holdout: do not tune on it.
===
buenas noches mi dni es {{PE_DNI}} y mi celular {{PHONE_PE:raw}} quiero saber por q no me llega el recibo
[[PERSON:Yeison]]
===
Hola [[PERSON:Nayeli]]:

Tu pago de S/ 350.00 fue registrado el 04/09/2024 con el número de operación 00845127. El próximo vencimiento es el 04/10/2024 por S/ 89.90.

Si pagaste con Yape, el comprobante tiene un código de 8 dígitos; ese no es tu DNI, no lo confundas.

Saludos cordiales,
[[PERSON:Rosa Quispe Mamani]]
Centro de Atención Nubeo Perú
===
Asunto: Solicitud de factura
De: [[PERSON:Brayan Huamán]] <[[EMAIL_ADDRESS:brayan.huaman@example.pe]]>

Necesito la factura a nombre de mi empresa, RUC {{PE_RUC20}}, dirección fiscal [[STREET_ADDRESS:Av. Arequipa 2450, dpto. 502]], Lince, Lima. Mi RUC personal es {{PE_RUC}} por si acaso.
===
Estimada [[PERSON:Xiomara]]:

El RUC que nos enviaste ({PE_RUC:bad}) no existe en SUNAT. Verifica el último dígito por favor.

Atentamente,
Facturación
===
Hola, quiero cambiar el titular de la línea {{PHONE_PE:nat}} a nombre de mi mamá, [[PERSON:Maritza Condori]], DNI {{PE_DNI}}. Yo soy [[PERSON:Jhon Mamani]].
===
Datos de envío:
Dirección: [[STREET_ADDRESS:Jr. Junín 455, int. 3]], Cercado de Lima
Referencia: frente al mercado
Teléfono: {{PHONE_PE:intl}}
Pedido: PE-2024-09-00712
Total: S/ 1,249.00
===
hola me llego este codigo {{OTP6}} pero no se donde ponerlo. mi correo es [[EMAIL_ADDRESS:wendy.tc95@example.com]]
===
Hola [[PERSON:Wendy]]:

Ese código es personal, no lo compartas con nadie (ni con nosotros). Ya lo invalidamos. Tu número de pedido es 2024091012 y el seguimiento de Olva Courier es 7812234455.

[[PERSON:Luis Alberto]]
Soporte
===
Reclamo N° 000231-2024 (Libro de Reclamaciones)
Consumidor: [[PERSON:Julio César Ccori]]
Documento: DNI {{PE_DNI}}
Domicilio: [[STREET_ADDRESS:Calle Los Pinos 118]], Miraflores
Monto reclamado: S/ 129.90
Fecha: 06/09/2024
===
Estimado cliente:

Te recordamos que tu tarjeta terminada en 0005 vence el próximo mes. Puedes actualizarla en la web. Nuestra central: (01) 311 5000.

Nubeo Perú S.A.C.
