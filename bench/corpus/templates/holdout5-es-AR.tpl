# Spanish of Argentina. Fifth check set (holdout5).
===
Asunto: RE: RE: RE: Cambio de CBU para el débito automático — cuenta 7700-31842

Hola [[PERSON:Agustina]], ¿cómo estás?

Te confirmo que el débito automático ya quedó con la cuenta nueva desde el período 04/2025. La factura de marzo (B 0004-00087214, $ 38.499,00) se debita igual de la cuenta vieja el 10/03, como te había anticipado [[PERSON:Nicolás]].

Saludos cordiales,

[[PERSON:Sofía Belén Araujo]]
Representante de Atención Comercial — Nubeo Argentina
facturacion@nubeo.example

La información contenida en este correo es confidencial y para uso exclusivo de su destinatario. Si lo recibiste por error, avisanos y eliminalo. Ley 25.326 de Protección de los Datos Personales.

El lun, 10 mar 2025 a las 20:11, [[PERSON:Agustina Ferreyra]] <[[EMAIL_ADDRESS:agusferreyra@correo.example]]> escribió:
> Buenas noches,
> Les paso el CBU nuevo para el débito: {{CBU}} (Banco Nación, caja de ahorro en pesos). El viejo terminaba en 4410, ese dénlo de baja.
> Titular: yo, [[PERSON:Agustina Ferreyra]], CUIT {{AR_CUIT}}, DNI {{AR_DNI}}.
> Si me tienen que llamar, mejor al celu {{PHONE_AR:nat}} que al fijo ({{PHONE_AR_FIX:nat}}), de 14 a 18.
> Gracias!
> [[PERSON:Agus]]
>
> El vie, 7 mar 2025 a las 11:02, [[PERSON:Nicolás Pereyra]] <[[EMAIL_ADDRESS:npereyra@nubeo-ar.example]]> escribió:
>> Hola [[PERSON:Agustina]]: para cambiar el débito necesitamos el CBU de 22 dígitos y el CUIT del titular. El CBU que figura en el formulario ({CBU:bad}) no pasa la validación.
>> Saludos, [[PERSON:Nicolás]] — Nubeo Argentina
===
che hola te escribo con el dictado que estoy en el bondi perdon si sale cualquier cosa soy [[PERSON:martin ezequiel sosa]] dni {{AR_DNI:raw}} el celu es {{PHONE_AR:intl}} y el de mi vieja que es la titular [[PERSON:graciela]] es {{PHONE_AR_FIX:nat}} se nos corto internet el sabado y el tecnico nunca vino la direccion es [[STREET_ADDRESS:av rivadavia 5420 piso 3 depto b]] caballito ya pagamos la factura de 41999 pesos con mercado pago el 28 de febrero el comprobante es 1022458871 y encima nos llego un mail raro pidiendo la clave del home banking que obvio no mande la clave es [[CREDENTIAL/PASSWORD:boca1905campeon]] pero eso no se lo di a nadie eh avisame que onda porfa

---
Hola [[PERSON:Martín]]: te reprogramamos la visita para el miércoles 12 de 8 a 13 h (orden OT-AR-773012). Ese mail no es nuestro: nunca te vamos a pedir claves, y te recomiendo cambiar la del home banking ya mismo porque la escribiste en este chat. Saludos, [[PERSON:Rocío]] — Nubeo Argentina
===
Nota interna (Seguridad) — ticket AR-SEG-2025-0311 — 11/03/2025 22:40

Titular: [[PERSON:Federico Andrés Lucero]] — CUIT {{AR_CUIT:raw}} / DNI {{AR_DNI}}
Nació el [[DATE_OF_BIRTH:30/06/1987]] (coincide con RENAPER).
Mail: [[EMAIL_ADDRESS:fede.lucero@correo.example]] / cel {{PHONE_AR:e164}}
Pasaporte (viaja a Chile seguido): {{PASS_AR}}
Accesos sospechosos: [[IP_ADDRESS:198.51.100.77]] (03:12) y [[IP_ADDRESS:203.0.113.9]] (03:15). Él se conecta "desde mi IP de la oficina" [[IP_ADDRESS:172.16.8.41]].
En el chat pegó el token de Slack de su empresa ({{KEY_SLACK}}) pensando que era "el código"; le pedí que lo revoque.
Código de verificación que sí era nuestro: {{OTP6}} (ya usado).
CUIT que figura en la factura vieja: {AR_CUIT:bad} — no valida, corregido.
Derivado a [[PERSON:Lautaro]] (N2).
===
Asunto: RECLAMO — cobro duplicado y equipo que nunca llegó / desconozco el consumo

Señores Nubeo:

Por medio de la presente desconozco el consumo del 02/03/2025 (22:17 h) por $ 89.999,00 en mi tarjeta {{VISA}} (vto. [[CREDENTIAL/CARD_EXPIRY:11/27]]). Detalle:

1. Orden de compra N.° {LUHN:14} — módem Nubeo Fibra 6, versión de firmware 4.2.0.16.
2. Factura B 0003-00014587 por $ 89.999,00 (la misma compra facturada dos veces: también B 0003-00014588).
3. Envío por Andreani, número de seguimiento 360002145879410, "entregado" el 05/03 a las 09:50. Nadie lo recibió.

Ya inicié el desconocimiento con el banco (caso 2025-0302-11873). Pido la devolución de $ 89.999,00 a la misma tarjeta (no a la terminada en 0005, que es la de mi socio) o, si es más rápido, transferencia al CBU {{CBU:sp}}.

[[PERSON:Lucas Gabriel Benedetti]]
CUIT {{AR_CUIT}}
[[STREET_ADDRESS:Calle 47 N.° 812, 2.° A]], La Plata
Tel.: {{PHONE_AR_FIX:intl}}

---
Borrador de respuesta:
Estimado [[PERSON:Lucas]]: confirmamos la factura duplicada B 0003-00014588 y emitimos la nota de crédito NC 0003-00002201 por $ 89.999,00. Sobre el envío, abrimos el reclamo RA-118230 con Andreani. La devolución se acredita en 10 días hábiles. Atentamente, [[PERSON:Valentina]] — Nubeo Argentina
===
[Plantilla: «Alta de débito automático — confirmación». Completar los campos entre corchetes y borrar los que no apliquen]

Hola [NOMBRE], / Hola [[PERSON:Camila]],

Registramos la adhesión al débito automático de tu servicio N.° [NRO_SERVICIO] 55018237 con estos datos:

• Titular de la cuenta: [TITULAR] → [[PERSON:Camila Soledad Ríos]]
• CUIT/CUIL: [CUIT] → {{AR_CUIT}}
• CBU: [CBU] → {{CBU}}
• Tarjeta de respaldo: [TARJETA] → {{MC:dash}} vto. [[CREDENTIAL/CARD_EXPIRY:09/26]] (si el débito en cuenta falla)
• Domicilio de facturación: [DOMICILIO] → [[STREET_ADDRESS:Bv. Oroño 1345, 7.° C]], Rosario, Santa Fe
• Teléfono: [TELEFONO] → {{PHONE_AR:nat}}

El primer débito será el [FECHA_PRIMER_DEBITO] por $ [IMPORTE].

Si no reconocés esta adhesión, respondé este mail dentro de las 72 h.

Saludos,
[FIRMA]
[[PERSON:Tomás]] | Nubeo Argentina
===
Oi / hola! Desculpa o portunhol, moro em Buenos Aires faz pouco 🙂

Preciso mudar o titular do serviço para o meu nome / necesito cambiar el titular:
- Nome / nombre: [[PERSON:Thiago Nascimento Prado]]
- DNI (residente): {{AR_DNI}} / CPF (brasileiro): {{BR_CPF}}
- CUIL: {{AR_CUIT}} (o CUIL que coloquei no site estava errado: {AR_CUIT:bad})
- Passaporte / pasaporte: {{PASS_BR}}
- Celular: {{PHONE_AR:intl}} (WhatsApp) / o número do Brasil: {{PHONE_BR:intl}}
- Endereço / dirección: [[STREET_ADDRESS:Gurruchaga 1820, piso 4 depto. A]], Palermo, CABA
- Data de nascimento: [[DATE_OF_BIRTH:05/09/1995]]
- E-mail: [[EMAIL_ADDRESS:thiago.nprado@mail.example]]

O titular atual é o meu colega de apartamento, [[PERSON:Ignacio Vidal]], ele já sabe. O plano é o "Fibra 500" ($ 32.999/mês), contrato 2025-AR-88341.

Obrigado / ¡gracias!
[[PERSON:Thiago]]

---
Hola [[PERSON:Thiago]] / oi! Ya iniciamos el cambio de titularidad (trámite CT-20931); [[PERSON:Ignacio]] tiene que confirmarlo desde su cuenta. Abraço, [[PERSON:Julieta]] — Nubeo Argentina
