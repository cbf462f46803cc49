# Spanish of Peru. Sixth check set (holdout6).
===
Caso PE-RRSS-2025-03311 · Fuente: comentario público en Facebook (página Nubeo Perú) · 16/03/2025 20:47

Comentario de "[[PERSON:Kike Rmz]] 🇵🇪" (@kike.rmz.lima):
"Nubeo es una estafa 🤬🤬 me cobraron S/ 89.90 dos veces este mes y nadie contesta en el (01) 311 5000. #NubeoPeru #Indecopi ya dejé mi queja en el libro de reclamaciones (hoja N° 000412-2025)"

Mensaje privado del mismo usuario, 21:03:
"ya pe, aquí mis datos: [[PERSON:Enrique Ramírez Chávez]], DNI {{PE_DNI}}, cel {{PHONE_PE:nat}}, correo [[EMAIL_ADDRESS:kike.ramirez@mail.example]]. vivo en [[STREET_ADDRESS:Jr. Huiracocha 1245, dpto. 302]], Jesús María. el cobro fue a mi tarjeta {{VISA:dash}} 😤 y el RUC que sale en la boleta ({PE_RUC:bad}) ni es mío"

---
Respuesta pública: "Hola, te escribimos por interno 🙌 #NubeoTeEscucha"
Respuesta por interno:
Hola [[PERSON:Enrique]], gracias por escribirnos. Confirmamos el cobro duplicado de S/ 89.90 del recibo N° 2025-03-0088412 y ya generamos la devolución DEV-PE-20931 (de 5 a 7 días hábiles). Te pedimos no compartir el número completo de tu tarjeta por ningún medio. Tu reclamo 000412-2025 quedará atendido a más tardar el 20/03/2025. Saludos, [[PERSON:Milagros]] — Nubeo Perú
===
SOLICITUD DE PORTABILIDAD NUMÉRICA — NUBEO PERÚ
N° de solicitud: PORT-PE-2025-118204 · Consulta previa: CP-77120931 · Registrada: 13/03/2025 11:20

Datos del abonado
  Nombres y apellidos: [[PERSON:Rosa Amelia Quispe Huamán]]
  Documento: DNI {{PE_DNI}}
  Fecha de nacimiento: [[DATE_OF_BIRTH:30/08/1972]]
  Número a portar: {{PHONE_PE:intl}}
  Operador cedente: TeleAndes (prepago) → Nubeo postpago, Plan Libre 39.90
  Teléfono de contacto alternativo: {{PHONE_PE_FIX:nat}}
  Dirección de entrega del chip: [[STREET_ADDRESS:Av. Los Próceres 880, Mz. B Lt. 14]], Santiago de Surco
Datos del chip
  ICCID: 8951 0100 2233 4455 667
  PIN: [[CREDENTIAL/PIN:1739]] · PUK: [[CREDENTIAL/PIN:55201846]]
  Código de validación enviado por SMS: {{OTP6}}
Pago de activación: S/ 15.00 con tarjeta **** **** **** 0005 (N° de operación 88120934)
Ventana de portabilidad: 15/03/2025 de 00:00 a 06:00

---
Hola, [[PERSON:Rosa Amelia]]: tu solicitud PORT-PE-2025-118204 fue aceptada. Entre las 00:00 y las 06:00 del 15/03 tu línea se quedará sin señal unos minutos; después reinicia el equipo con el chip nuevo. No compartas el PIN ni el PUK con nadie que te llame. Consultas al (01) 311 5000. — [[PERSON:Gianella]], Portabilidad Nubeo Perú
===
Estimado [[PERSON:Julio César]]:

Confirmamos el traslado de su servicio Internet Hogar. Estos son los datos que quedaron registrados; si alguno no es correcto, respóndanos antes del 21/03/2025:

titular = [[PERSON:Julio César Mendoza Paredes]]
dni = {{PE_DNI}}
ruc = {{PE_RUC}}
ruc_observado = {PE_RUC:bad}
direccion_anterior = [[STREET_ADDRESS:Calle Las Begonias 415, int. 7]], San Isidro
direccion_nueva = [[STREET_ADDRESS:Av. Arequipa 2980, piso 3]], Lince
telefono = {{PHONE_PE:e164}}
correo = [[EMAIL_ADDRESS:jc.mendozap@correo.example]]
codigo_cliente = CLI-0041872
numero_suministro = 77120930
fecha_traslado = 22/03/2025
monto_traslado = S/ 50.00
ip_fija_asignada = [[IP_ADDRESS:203.0.113.140]]
router_admin = 192.168.1.1
firmware = 2.4.18.7

El técnico lo llamará el mismo día. Recuerde que la página de administración del router (192.168.1.1) solo funciona conectado a su red.

Atentamente,
[[PERSON:Katherine Salas]]
Atención al Cliente — Nubeo Perú · Av. Javier Prado Este 4200, San Borja
===
Asunto: Alta proveedor / facturación electrónica — Agroexportadora Huarmey S.A.C. — OC 4500018831

Estimada [[PERSON:Lucía]]:

Tal como conversamos, le enviamos los datos para registrarnos como proveedor y emitir las facturas electrónicas del servicio de conectividad:

• Cliente: Agroexportadora Huarmey S.A.C., RUC {{PE_RUC20}}
• RUC que aparece en su orden de compra (creemos que con un error de digitación): {PE_RUC20:bad}
• Contacto de pagos: [[PERSON:Lucía Ñahui Cárdenas]], jefa de tesorería, {{PHONE_PE:intl}}, [[EMAIL_ADDRESS:lnahui@agrohuarmey.example]]
• Representante legal que firmó el contrato: [[PERSON:Gustavo Adolfo Reátegui]], DNI {{PE_DNI}}
• Dirección fiscal del cliente: [[STREET_ADDRESS:Av. El Derby 254, of. 1102]], Santiago de Surco
• Clave de API para la conciliación automática de pagos: {{KEY_STRIPE}}
• Factura E001-00004471 por S/ 12,480.00 (incluye IGV 18 %), vence el 30/04/2025; guía de remisión T001-00088120

Nuestros datos: Nubeo Perú S.A.C., Av. Javier Prado Este 4200, San Borja; central +51 1 311 5000.

Saludos cordiales,
[[PERSON:Renato Villanueva]]
Ejecutivo Corporativo — Nubeo Perú

AVISO LEGAL: La información contenida en este correo es confidencial y está dirigida únicamente a su destinatario. Si usted lo recibió por error, notifíquelo y elimínelo. Sus datos personales se tratan conforme a la Ley N° 29733, Ley de Protección de Datos Personales, y su reglamento (D.S. N° 003-2013-JUS).
===
RESUMEN DE ESCALAMIENTO — Supervisión de Canales — caso ESC-PE-2025-0288
Fecha: 18/03/2025 · Supervisora a cargo: [[PERSON:Fiorella Cáceres]]

Contexto: la clienta [[PERSON:Yolanda Pacheco Soto]] (DNI {{PE_DNI}}, nacida el [[DATE_OF_BIRTH:9 de enero de 1950]]) denunció que alguien cambió el titular de su línea {{PHONE_PE:nat}}. La llamada la hizo su sobrino, [[PERSON:Brian Pacheco]], desde el {{PHONE_PE:intl}}.

Cronología:
- 10/03 09:14 — el asesor [[PERSON:Diego Alarcón]] atendió a una persona que se presentó como "[[PERSON:Yolanda]]" y dio el pasaporte {{PASS_PE}}; la clienta nunca ha tenido pasaporte.
- 10/03 09:31 — desde la IP [[IP_ADDRESS:198.51.100.61]] se cambió la contraseña y se registró el correo [[EMAIL_ADDRESS:yolanda.pacheco1950@mail.example]], que no es de ella.
- 11/03 — la asesora [[PERSON:Shirley Mamani]] detectó el cambio y bloqueó la cuenta (ticket 2025-PE-0091877).
- 12/03 — la clienta vino a la tienda de Miraflores con su hija [[PERSON:Karina Soto]]; se validó identidad con huella (operación RENIEC 000771209).

Montos en disputa: S/ 259.00 (equipo pedido por el suplantador, pedido 7712093) y S/ 39.90 (recibo de marzo).
Acciones: contraseña temporal entregada en tienda ([[CREDENTIAL/PASSWORD:Yp#2025-Mira]]), correo anterior restaurado, reclamo OSIPTEL N° 2025-118204. Responsable del seguimiento: [[PERSON:Diego]].
===
hola buenas noches les escribo x aqui xq el chat no carga (ya probé con la app 5.9.3)

mis datos son:
- nombre: [[PERSON:Maricielo Torres
Villacorta]] (mi segundo apellido no entra en la casilla)
- dni: {{PE_DNI}} [el de mi mamá no, el mío]
- cel: "{{PHONE_PE:raw}}" — wsp al mismo número
- dirección: [[STREET_ADDRESS:Psje. Los Olivos 118,
dpto. 2B]] (altura cuadra 7 de Av. Perú), SMP
- correo: (([[EMAIL_ADDRESS:maricielo.tv@mail.example]]))
- fecha de nacimiento: [[DATE_OF_BIRTH:05-12-2001]]

el problema: me llegó un código ({{OTP4}}) para "confirmar un cambio de plan" que yo no pedí, y luego me cobraron S/ 69.90 en la tarjeta {{MC:raw}} (vence [[CREDENTIAL/CARD_EXPIRY:02/29]], cvv {{CVV}}). el pedido dice N° 1000458812 y fecha 14/03/2025.

---
Hola [[PERSON:Maricielo]], gracias por avisarnos. Anulamos el cambio de plan y la devolución de S/ 69.90 (DEV-PE-21177) se verá en tu tarjeta en 5 días hábiles. Por favor no compartas el CVV ni los códigos que te llegan por SMS; ya los borramos de este caso. — [[PERSON:Andrés]], Nubeo Perú
