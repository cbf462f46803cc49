# Spanish of Mexico.
===
Hola [[PERSON:Guadalupe]]:

Gracias por contactarnos. Para emitir tu factura (CFDI 4.0) necesitamos tu RFC y código postal fiscal. Nos indicas que tu RFC es {{MX_RFC}} y tu C.P. 06700. Ya quedó registrado.

El folio de tu pedido es MX-2024-55120 por $2,349.00 MXN.

Saludos,
Equipo de Facturación
===
Buenos días,

Les comparto mis datos para el cambio de titular:
Nombre: [[PERSON:José Luis Hernández Ramírez]]
CURP: {{MX_CURP}}
Celular: {{PHONE_MX:nat}}
Domicilio: [[STREET_ADDRESS:Calle Durango 214, int. 3]], Col. Roma Norte

Gracias.
===
Hola [[PERSON:José Luis]]:

Ya actualizamos el titular del contrato CT-MX-009812. No es necesario que nos envíes tu CURP por correo; para los siguientes trámites bastará con tu número de cliente.

Saludos,
Equipo de Atención a Clientes
800 123 4567
===
Hola [[PERSON:Fernanda]],

El reembolso de $899.00 se hará por transferencia a la CLABE {{CLABE}} que nos proporcionaste. Verás el depósito en 3 a 5 días hábiles.

Referencia: RMB-44812.

Saludos,
Equipo de Pagos
===
Hola:

Quiero que me depositen a esta cuenta: CLABE {{CLABE:sp}}, a nombre de [[PERSON:Fernanda Aguilar Mejía]]. La otra que les di, {CLABE:bad}, ya no está activa.
===
Hola [[PERSON:Fernanda]]:

Recibimos la nueva CLABE. Como la anterior no era válida (el dígito de control no coincidía), la descartamos. El reembolso se enviará a la nueva cuenta.

Saludos,
Equipo de Pagos
===
Estimado Lic. [[PERSON:Ricardo Salinas Ochoa]]:

Le confirmamos que la factura de su empresa, Comercializadora del Bajío S.A. de C.V. (RFC {{MX_RFCM}}), fue emitida con el folio A-10234 por un total de $15,660.00 MXN.

Atentamente,
Equipo de Empresas
===
Hola [[PERSON:Karla]],

Tu código de verificación es {{OTP6}}. No lo compartas con nadie.

Nubeo México
===
Hola [[PERSON:Daniela]]:

El técnico irá a [[STREET_ADDRESS:Av. Revolución 1387, depto. 8]], San Ángel, el jueves 6 de junio entre 8:00 y 12:00 hrs. Te pedimos que haya un adulto presente.

Orden de servicio: OS-558921.

Saludos,
Soporte Técnico
===
Hola,

Me cobraron un cargo que no reconozco de $1,299.00 en mi tarjeta {{MC:dash}}. Mi teléfono es {{PHONE_MX:intl}}. Soy [[PERSON:Alejandra Castillo Vega]].
===
Hola [[PERSON:Alejandra]]:

Lamentamos lo ocurrido. Bloqueamos la tarjeta terminación 4444 en nuestra plataforma y abrimos la aclaración ACL-2024-1120. Te contactaremos en un máximo de 48 horas.

Por tu seguridad, eliminamos el número completo de esta conversación.

Equipo de Fraudes
===
Hola [[PERSON:Miguel Ángel]],

Tu módem está conectado con la IP [[IP_ADDRESS:203.0.113.201]]. Vemos que la velocidad contratada (Plan Fibra 200 Mbps) llega correctamente al equipo. Si la lentitud es por Wi-Fi, te recomendamos la red de 5 GHz.

Saludos,
Soporte Técnico
===
Buenas tardes:

Mi CURP es {MX_CURP:bad}, no sé por qué su sistema dice que es incorrecta.

[[PERSON:Brenda Ortiz Lozano]]
===
Hola [[PERSON:Brenda]]:

Revisamos la CURP y el último dígito no coincide con el dígito verificador. Te sugerimos consultarla en el portal oficial del RENAPO y enviarnos la correcta desde tu cuenta.

Saludos,
Equipo de Atención a Clientes
===
Hola [[PERSON:Sofía]]:

Tu pedido MX-2024-60011 salió del almacén de Guadalajara el 14/05/2024. El número de guía es 7783 2910 4456 y la entrega estimada es el 17 de mayo.

Saludos,
Equipo de Logística
===
Hola,

Les escribo de parte de mi hermano [[PERSON:Raúl Medina Torres]]. Su RFC es {{MX_RFC}} y su correo [[EMAIL_ADDRESS:raul.medina.t@example.com]]. Necesita la factura de marzo.
===
Hola:

Por privacidad, solo podemos enviar facturas al correo registrado del titular. Pídele a tu hermano que la descargue desde su cuenta o que nos escriba directamente.

Saludos,
Equipo de Facturación
===
Hola [[PERSON:Patricia]]:

Te confirmamos el cambio de tu número {{PHONE_MX:nat}} al plan Ilimitado 300 ($299.00 al mes). El cambio aplica a partir del 1 de julio.

Saludos,
Nubeo México
===
Hola [[PERSON:Óscar]],

Para pagar en OXXO usa la referencia 9312 4456 7781 2200 (es de un solo uso y vence el 20/06). El monto es $459.50.

Saludos,
Equipo de Pagos
===
Hola:

Mi tarjeta es {{VISA}} y el código de atrás es {{CVV}}. ¿Me pueden cobrar el recibo de junio por teléfono?

[[PERSON:Gerardo Núñez]]
===
Hola [[PERSON:Gerardo]]:

No podemos recibir datos de tarjeta por correo ni por chat. Puedes pagar en línea desde tu cuenta o llamando al 800 123 4567, donde un sistema automático toma los datos de forma segura.

Ya eliminamos los datos que enviaste.

Equipo de Pagos
===
Estimada Sra. [[PERSON:María Elena Cárdenas]]:

Su contraseña temporal para el portal de facturación es [[CREDENTIAL/PASSWORD:Mx7$hQ2w9b]]. Por seguridad, cámbiela al ingresar.

Atentamente,
Soporte
===
Hola [[PERSON:Luis]]:

Recibimos tu solicitud de portabilidad del número {{PHONE_MX:e164}}. El NIP de portabilidad que nos diste ([[CREDENTIAL/PIN:4417]]) ya fue validado; el cambio se hará en 24 horas.

Saludos,
Equipo de Portabilidad
===
Hola [[PERSON:Valeria]],

Tu pasaporte {{PASS_MX}} quedó registrado como identificación para la contratación. Fecha de nacimiento registrada: [[DATE_OF_BIRTH:19/09/1992]].

Saludos,
Equipo de Contrataciones
===
Hola,

Los datos de facturación de mi negocio son: Taller Mecánico Hermanos Ruiz, RFC {{MX_RFCM}}, [[STREET_ADDRESS:Calzada de Tlalpan 3120, local 4]], Coyoacán, C.P. 04460.

Gracias,
[[PERSON:Arturo Ruiz Espinoza]]
===
Hola [[PERSON:Arturo]]:

Listo, ya tenemos tus datos fiscales. Tu factura del mes se emitirá el día 3. Recuerda que el uso de CFDI por defecto es G03 (gastos en general).

Saludos,
Equipo de Facturación
===
Hola [[PERSON:Itzel]],

La versión de la app que tienes (5.2.1) tiene un error con el inicio de sesión. Actualízala a la 5.2.3 desde la tienda de tu teléfono.

Saludos,
Soporte Técnico
===
Hola:

Quiero darme de baja. Mis datos: [[PERSON:Claudia Ivonne Reyes]], número de cliente 55-1234-99, teléfono {{PHONE_MX_FIX:nat}}.
===
Hola [[PERSON:Claudia]]:

Tramitamos la baja del cliente 55-1234-99. El último recibo (por $312.00) llegará el 5 de julio. Puedes devolver el módem en cualquier tienda Nubeo.

Saludos,
Equipo de Retención
===
Hola [[PERSON:Rodrigo]]:

Detectamos un intento de acceso desde la IP [[IP_ADDRESS:198.51.100.77]] con tu usuario. Si no fuiste tú, cambia tu contraseña.

Tu clave de API para la integración con tu tienda: {{KEY_GOOGLE}}. Te recomendamos rotarla ahora.

Equipo de Seguridad
===
Hola [[PERSON:Ximena]]:

Te confirmo que tu pedido de 3 piezas (SKU 750100234561) llegó el 02/06 a las 16:45. Si falta algo, respóndenos con una foto del paquete.

Saludos,
Equipo de Soporte
