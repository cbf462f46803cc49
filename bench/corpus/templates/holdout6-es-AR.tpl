# Spanish of Argentina. Sixth check set (holdout6).
===
Caso AR-IG-2025-07731 · Comentarios en la publicación de Instagram de @nubeo.ar («¡Llegó la fibra a Rosario! 🚀») · 14/03/2025

@flor.de.ceibo_ok: "Llegó la fibra pero no la atención 🙄 hace 10 días que espero al técnico, pedido 0041-00088120 #NubeoAR #FibraRosario"
@elturcoposta: "jaja igual que yo, 3 visitas canceladas 🤡 #NubeoAR"
@flor.de.ceibo_ok (mensaje directo, 18:22): "Bueno, les dejo mis datos acá así no me hacen repetir todo: [[PERSON:Florencia Ibarra]], DNI {{AR_DNI}}, cel {{PHONE_AR:nat}}. La dirección es [[STREET_ADDRESS:Bv. Oroño 1550, 4° B]], Rosario. El abono de $ 18.900 lo pago por débito de la cuenta con CBU {{CBU}} 🙏"

---
Respuesta por mensaje directo:
¡Hola, [[PERSON:Flor]]! Perdón por la demora. Reprogramamos la instalación para el martes 18/03 entre las 8 y las 13 h (orden de trabajo OT-AR-55102) y te bonificamos el 50 % del primer mes ($ 9.450). Si el técnico no llega, escribinos acá o llamá al 0800 333 4567. — [[PERSON:Agustina]], Nubeo Argentina
===
FORMULARIO DE ADHESIÓN AL DÉBITO AUTOMÁTICO — NUBEO HOGAR
Solicitud N.º DA-AR-2025-004418 · Cliente N.º 7712093 · Fecha: 10/03/2025

Apellido y nombre del titular: [[PERSON:Pereyra, Matías Nicolás]]
Tipo y n.º de documento: DNI {{AR_DNI:raw}}
CUIT/CUIL: {{AR_CUIT}}
Fecha de nacimiento: [[DATE_OF_BIRTH:03/09/1988]]
Domicilio de facturación: [[STREET_ADDRESS:Calle 47 N.º 812, 2.° A]], La Plata, Buenos Aires
Teléfono fijo: {{PHONE_AR_FIX:intl}} · Celular: {{PHONE_AR:e164}}
E-mail: [[EMAIL_ADDRESS:mnpereyra@correo.example]]
CBU de la cuenta a debitar: {{CBU:sp}}
Alias de la cuenta: mati.pereyra.lp
Banco: Banco del Plata, sucursal 044
Período de inicio: abril 2025 · Importe estimado: $ 24.350 por mes
Uso interno — CBU informado antes: {CBU:bad} (rechazado por el banco, código R17)

---
Hola, [[PERSON:Matías]]: tu adhesión DA-AR-2025-004418 quedó aprobada. El primer débito será el 10/04/2025 por el importe de la factura B 0004-00118204. Mientras tanto, la factura de marzo ($ 24.350) la podés pagar con el código de pago electrónico 7712093. Saludos, [[PERSON:Camila]] — Nubeo Argentina
===
Hola, [[PERSON:Valentina]]:

Te dejamos el resumen de tu compra del Pase Viajero Nubeo. Revisalo antes de viajar:

titular = [[PERSON:Valentina Sosa Goldberg]]
cuit = {{AR_CUIT:raw}}
cuit_rechazado = {AR_CUIT:bad}
pasaporte = {{PASS_AR}}
fecha_nacimiento = [[DATE_OF_BIRTH:1996-11-28]]
linea = {{PHONE_AR:intl}}
pin_sim = [[CREDENTIAL/PIN:2580]]
email = [[EMAIL_ADDRESS:vale.sosa.g@mail.example]]
contacto_emergencia = [[PERSON:Tomás Goldberg]] ({{PHONE_ES:intl}}, en Madrid)
destino = España e Italia
vigencia = del 02/04/2025 al 23/04/2025
tarjeta = VISA **** 3155
importe = USD 45 (AR$ 54.675 con impuestos)
pedido = AR-ROAM-2025-00318
version_app = 6.0.12

El pase se activa solo al conectarte a una red en destino. Ante cualquier problema, desde el exterior escribinos por WhatsApp o a soporte@nubeo.example.

¡Buen viaje!
[[PERSON:Julián]] · Nubeo Argentina
===
Asunto: Alta de cliente empresa y facturación — Bodegas Altos del Tupungato S.A. — legajo B2B-AR-2025-0091

Estimado [[PERSON:Federico]]:

Le confirmamos el alta. Estos son los datos con los que vamos a facturar (Factura A, IVA 21 %):

1) Razón social: Bodegas Altos del Tupungato S.A. — CUIT {{AR_CUIT30}}
   (en la orden de compra figuraba {AR_CUIT30:bad}, que no verifica)
2) Domicilio comercial: [[STREET_ADDRESS:Ruta Provincial 89 km 12,5]], Tupungato, Mendoza
3) CBU para el débito de los servicios: {{CBU}}
4) Contacto administrativo: [[PERSON:Federico Lemos Aráoz]], gerente de administración, {{PHONE_AR_FIX:nat}} int. 31, [[EMAIL_ADDRESS:flemos@altostupungato.example]]
5) Firmante del contrato: [[PERSON:Inés Aráoz de Lemos]], presidenta, CUIT {{AR_CUIT}}
6) Token de Slack para las alertas de la integración: {{KEY_SLACK}}

Primera factura: A 0003-00004471 por $ 1.284.600 (vence el 30/04/2025); orden de compra 4500-0177.

Nuestros datos: Nubeo Argentina S.R.L., Av. Corrientes 1234, piso 8, C1043 CABA · 0800 333 4567 · facturacion@nubeo.example

Saludos cordiales,
[[PERSON:Martina Ferraro]]
Ejecutiva de Cuentas Corporativas

CONFIDENCIALIDAD: Este mensaje es confidencial y para uso exclusivo de su destinatario. Si lo recibió por error, avísenos y elimínelo. Los datos personales se tratan conforme a la Ley 25.326; el titular puede ejercer el derecho de acceso en forma gratuita cada seis meses (art. 14, inc. 3). La AAIP es el órgano de control.
===
INFORME DE ESCALAMIENTO — Supervisión Atención al Cliente — caso ESC-AR-2025-0207
Fecha: 19/03/2025 · Preparado por: [[PERSON:Gabriela Funes]] (supervisora, turno noche)

Personas:
— Titular: [[PERSON:Héctor Oscar Benítez]], DNI {{AR_DNI}}, nacido el [[DATE_OF_BIRTH:17 de marzo de 1949]], celular {{PHONE_AR:nat}}.
— Su hijo, [[PERSON:Sebastián Benítez]], que hace los trámites por él: {{PHONE_AR:intl}}, [[EMAIL_ADDRESS:sebabenitez@mail.example]].
— Agentes: [[PERSON:Rocío Almada]] (llamada del 15/03) y [[PERSON:Lautaro Giménez]] (chat del 16/03).

Qué pasó:
1. El 15/03 alguien llamó haciéndose pasar por [[PERSON:Sebastián]] y pidió un duplicado de SIM. [[PERSON:Rocío]] validó solo con el DNI y fecha de nacimiento.
2. Con la SIM nueva recibieron el código {{OTP6}} y entraron al home banking del titular. El acceso a Mi Nubeo fue desde la IP [[IP_ADDRESS:203.0.113.9]] (el titular usa [[IP_ADDRESS:192.168.0.42]] en su casa, según su hijo "esa es la IP de la compu de papá").
3. El 16/03 [[PERSON:Lautaro]] detectó el cambio y bloqueó la línea (bloqueo BLQ-0091877).

Importes: el banco informó transferencias por $ 850.000; Nubeo cobró $ 4.500 por el duplicado (factura B 0004-00120931), que se devuelve.
Acciones: contraseña temporal [[CREDENTIAL/PASSWORD:HoB-49!marzo]], nota de no duplicar SIM sin presencia en sucursal, denuncia penal n.º 33120/2025 adjunta. Seguimiento: [[PERSON:Rocío]] llama a [[PERSON:Sebastián]] el 20/03 a las 11.
===
hola!! escribo por el reclamo 2025-AR-118830, lo resumo así nomás:

* quién soy —> [[PERSON:Micaela "Mica" Villarruel]]
* DNI: "{{AR_DNI}}"
* CUIL [{{AR_CUIT}}] (el otro número que me mandaron, {AR_CUIT:bad}, no es mío)
* mi cel: {{PHONE_AR:raw}} — el de mi novio [[PERSON:Nahuel]]: {{PHONE_AR:nat}}
* vivo en [[STREET_ADDRESS:Av. Rivadavia 6150,
piso 11 depto. C]] (Caballito), CABA
* mail: ([[EMAIL_ADDRESS:mica.villarruel@correo.example]])
* la tarjeta con la que pagué: {{VISA}} — vto. [[CREDENTIAL/CARD_EXPIRY:07/29]] — cód. de seguridad {{CVV}}

Me cobraron dos veces $ 32.999 el 04/03/2025 (operaciones 0091877 y 0091878) y el router que llegó tiene firmware 1.0.4.22. gracias!!

---
Hola, [[PERSON:Mica]]: ya anulamos el segundo cobro de $ 32.999; el reintegro (RI-AR-66120) se ve en el resumen de la tarjeta en 10 días hábiles. Te pedimos que no mandes más el código de seguridad de la tarjeta por mensaje: lo borramos del reclamo. — [[PERSON:Bruno]], Nubeo Argentina
