# Spanish of Chile. Sixth check set (holdout6).
===
Ticket CL-SOC-2025-11873 · Canal: TikTok (comentario en el video "Nubeo Fibra llega a Valparaíso") · 12/03/2025 23:10

@cachureo_porteño: "Wena Nubeo, llevo 2 semanas sin internet en el cerro 😤😤 y me siguen cobrando los $ 22.990. ¿Alguien más? #NubeoChile #SinInternet #Valpo"
@nubeo.cl: "Hola, te escribimos por mensaje privado 💬"

Mensaje privado del usuario, 23:42:
"ya po, ahí va: me llamo [[PERSON:Cristóbal Henríquez Araya]], RUT {{CL_RUT}}, el cel es {{PHONE_CL:nat}} y vivo en [[STREET_ADDRESS:Pasaje Los Aromos 345]], cerro Alegre, Valparaíso. El RUT que sale en la boleta es otro ({CL_RUT:bad}), no sé de dónde lo sacaron 🤷‍♂️. El módem dice versión 2.2.0.31."

---
Respuesta por mensaje privado:
¡Hola, [[PERSON:Cristóbal]]! Disculpa la demora. Abrimos la orden de reparación OR-CL-2025-44180 y un técnico irá el viernes 14/03 entre las 9:00 y las 13:00. Te vamos a descontar las dos semanas en la boleta de abril (boleta electrónica N.º 0088120). Si prefieres, también nos encuentras en el 600 360 1234. Saludos, [[PERSON:Javiera]] · Nubeo Chile
===
SOLICITUD DE PORTABILIDAD NUMÉRICA — NUBEO CHILE
N.º de solicitud: PN-CL-2025-00771 · Fecha de ingreso: 10/03/2025 12:40 · Sucursal: Mall Plaza Oeste

Datos del solicitante
  Nombre completo ........ [[PERSON:Francisca Javiera Riquelme Soto]]
  RUT .................... {{CL_RUT:raw}}
  N.º de serie de la cédula  A041872093
  Fecha de nacimiento .... [[DATE_OF_BIRTH:19/01/1983]]
  Número a portar ........ {{PHONE_CL:intl}}
  Compañía de origen ..... AndesMóvil (plan prepago)
  Teléfono de contacto ... {{PHONE_CL_FIX:nat}}
  Correo ................. [[EMAIL_ADDRESS:fran.riquelme.s@correo.example]]
  Dirección de despacho .. [[STREET_ADDRESS:Av. Pajaritos 2875, depto. 1102]], Maipú
Datos de la SIM
  N.º de SIM ............. 8956 0300 1122 3344 5566
  PIN / PUK .............. [[CREDENTIAL/PIN:0519]] / [[CREDENTIAL/PIN:73302918]]
Plan contratado: Nubeo Libre 50 GB, $ 12.990 al mes · Pago: Webpay, tarjeta terminada en 4444, autorización 771209

---
Hola, [[PERSON:Francisca]]: tu portabilidad PN-CL-2025-00771 se hará efectiva el 12/03/2025 a partir de las 00:00. Deja el teléfono encendido con la SIM antigua hasta que pierda señal y luego cambia a la nueva. No compartas el PIN ni el PUK. Ante dudas, al 600 360 1234. — [[PERSON:Ignacio]], Nubeo Chile
===
Estimada [[PERSON:Constanza]]:

Según lo conversado por teléfono, estos son los datos que quedaron en tu solicitud de cambio de titular del servicio Hogar:

titular_anterior = [[PERSON:Rodrigo Fuentealba Vera]] (fallecido)
rut_titular_anterior = {{CL_RUT}}
titular_nuevo = [[PERSON:Constanza Fuentealba Mardones]]
rut_titular_nuevo = {{CL_RUT}}
rut_ingresado_por_error = {CL_RUT:bad}
fecha_nacimiento_titular_nuevo = [[DATE_OF_BIRTH:08-05-1990]]
direccion_servicio = [[STREET_ADDRESS:Calle Los Carrera 1460, casa 12]], Concepción
telefono = {{PHONE_CL:e164}}
correo = [[EMAIL_ADDRESS:coni.fuentealba@mail.example]]
numero_cliente = 7712093
fecha_defuncion = 02/02/2025
certificado_defuncion = folio 500 771 209 381
deuda_condonada = $ 45.980
fecha_cambio = 20/03/2025

Lamentamos mucho tu pérdida. Si algún dato no corresponde, respóndenos antes del 19/03.

Con cariño,
[[PERSON:Macarena]] — Atención al Cliente Nubeo Chile · Av. Apoquindo 3000, Las Condes
===
Asunto: Incorporación de cliente empresa — Pesquera Austral Chiloé SpA — ficha B2B-CL-2025-0064

Estimado [[PERSON:Patricio]]:

Le confirmamos la incorporación de su empresa. Datos para la facturación electrónica (SII):

• Razón social: Pesquera Austral Chiloé SpA — RUT {{CL_RUT}}
• Giro: procesamiento de productos del mar · Dirección tributaria: [[STREET_ADDRESS:Camino a Chonchi 1880]], Castro, Región de Los Lagos
• Contacto de pagos: [[PERSON:Patricio Oyarzún Bahamonde]], jefe de administración, {{PHONE_CL_FIX:intl}} anexo 205, [[EMAIL_ADDRESS:poyarzun@pesqueraaustral.example]]
• Representante legal: [[PERSON:Ximena Bahamonde Ruiz]], RUT {{CL_RUT}}
• Pago: transferencia desde su cuenta corriente terminada en 8812 (mandato PAC N.º 00931)
• Clave de API para la plataforma de monitoreo de flota: {{KEY_HEX}}

Primera factura electrónica N.º 44711, por $ 2.380.000 + IVA (19 %), vence el 30/04/2025. Orden de compra 4500-2093.

Atentamente,
[[PERSON:Sebastián Lagos]]
Ejecutivo de Empresas — Nubeo Chile SpA
Av. Apoquindo 3000, Las Condes, Santiago · 600 360 1234 · facturacion@nubeo.example

CONFIDENCIALIDAD: Este correo y sus adjuntos son confidenciales y están dirigidos solo a su destinatario. Si lo recibió por error, avísenos y bórrelo. Los datos personales se tratan conforme a la Ley N.º 19.628 sobre Protección de la Vida Privada.
===
INFORME DE ESCALAMIENTO — Supervisión Canal Telefónico — caso ESC-CL-2025-0390
Fecha: 17/03/2025 18:30 · Supervisor: [[PERSON:Felipe Cordero]]

Cliente: [[PERSON:Marta Eliana Valdivia]], RUT {{CL_RUT}}, nacida el [[DATE_OF_BIRTH:30 de noviembre de 1946]], línea {{PHONE_CL:nat}}.
Familiares que intervinieron:
• Su nieta [[PERSON:Antonia Valdivia Rojas]] (autorizada), {{PHONE_CL:intl}}, [[EMAIL_ADDRESS:antonia.vr@mail.example]].
• Su hijo [[PERSON:Raúl]], que pagó la deuda con su tarjeta {{VISA}} (venc. [[CREDENTIAL/CARD_EXPIRY:05/27]]) y pide que se le devuelva.
Agentes: [[PERSON:Camila Soto]] (llamada del 11/03), [[PERSON:Benjamín Parra]] (llamada del 13/03) y [[PERSON:Josefa Muñoz]] (cobranza).

Resumen:
1. 11/03 — [[PERSON:Camila]] ofreció un cambio de plan; la clienta entendió que era gratis. Quedó con un cargo de $ 34.990 (boleta 0091877).
2. 13/03 — [[PERSON:Benjamín]] envió el código {{OTP6}} al celular de la clienta para confirmar el plan, y lo leyó en voz alta la nieta.
3. 15/03 — cobranza ([[PERSON:Josefa]]) envió una carta a un domicilio antiguo, [[STREET_ADDRESS:Av. Matta 812, depto. 33]], Santiago.
4. La nieta entra a la sucursal virtual desde la IP [[IP_ADDRESS:203.0.113.201]]; la IP 192.168.1.1 que menciona la grabación es la del módem.

Decisión: reversar el cambio de plan, devolver $ 34.990 a la tarjeta de [[PERSON:Raúl]] (devolución DV-CL-66120), actualizar domicilio. Próximo contacto con [[PERSON:Antonia]] el 19/03.
===
Hola, buenas:

Les reenvío lo que me pidieron [sic] para el reembolso del pedido CL-2025-118204 ($ 149.990, pagado el 05/03/2025):

Nombre — [[PERSON:Tomás Ignacio]]
[[PERSON:Carrasco Leiva]] (apellidos, el formulario los pide aparte)
RUT: '{{CL_RUT}}' (no el {CL_RUT:bad} que aparece en la boleta)
Fono: ({{PHONE_CL:raw}}) o al fijo {{PHONE_CL_FIX:e164}}
Dirección: [[STREET_ADDRESS:Av. Providencia 1208,
depto. 1504]], Providencia
Correo: [[EMAIL_ADDRESS:tomas.carrasco.l@correo.example]]
Clave de la app (para que revisen ustedes mismos): "[[CREDENTIAL/PASSWORD:Leiva.1994!]]"
Pasaporte (compré desde el extranjero): {{PASS_CL}}

Gracias,
[[PERSON:Tomás]]

---
Hola, [[PERSON:Tomás]]: gracias. El reembolso de $ 149.990 (RB-CL-55102) se transfiere en 5 días hábiles. Te pedimos cambiar tu clave, porque no debes compartirla ni con nosotros; ya la borramos del ticket. La app 3.4.0 permite hacerlo en Perfil > Seguridad. — [[PERSON:Catalina]], Nubeo Chile
