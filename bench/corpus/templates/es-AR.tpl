# Spanish of Argentina.
===
Hola [[PERSON:Florencia]]:

Gracias por escribirnos. Para hacerte la factura A necesitamos el CUIT de tu empresa. Nos pasaste el {{AR_CUIT30}}; ya quedó cargado en el pedido AR-2024-11230.

El total es $ 184.500,00 con IVA incluido.

Saludos,
Equipo de Facturación
===
Buenas,

Les paso mis datos para el reintegro: [[PERSON:Martín Gabriel Sosa]], CUIL {{AR_CUIT}}, CBU {{CBU}}.

Gracias!
===
Hola [[PERSON:Martín]]:

Ya cargamos el reintegro de $ 23.400,00 a tu CBU. Lo vas a ver acreditado en 48 a 72 horas hábiles.

Te recomendamos no mandar tus datos bancarios por mail; la próxima vez podés cargarlos en Mi cuenta > Reintegros.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Lucas]],

El técnico va a pasar por [[STREET_ADDRESS:Av. Santa Fe 3250, piso 4, depto. B]], Palermo, el lunes entre las 8 y las 13 hs. Si no vas a estar, avisanos al 0800 333 4567.

Orden de trabajo: OT-AR-44871.

Saludos,
Soporte Técnico
===
Hola:

Mi DNI es {{AR_DNI}} y mi celular {{PHONE_AR:nat}}. No puedo entrar a la app desde ayer.

[[PERSON:Camila Fernández López]]
===
Hola [[PERSON:Camila]]:

Te enviamos un SMS con el código para ingresar. Si no te llega en 5 minutos, revisá que la app esté en la versión 4.8.2 o superior.

Saludos,
Soporte
===
Hola [[PERSON:Camila]], tu código de acceso es {{OTP6}}. Vence en 5 minutos. No lo compartas.
===
Estimado Sr. [[PERSON:Horacio Benítez]]:

Le informamos que su tarjeta {{VISA}} fue rechazada por el banco emisor al intentar cobrar la cuota 3 de 12 ($ 15.375,00). Puede actualizar el medio de pago desde su cuenta.

Atentamente,
Equipo de Cobranzas
===
Hola,

Quiero cambiar el CBU para el débito automático. El nuevo es {{CBU:sp}}. El anterior era {CBU:bad}.

Saludos, [[PERSON:Valeria Giménez]]
===
Hola [[PERSON:Valeria]]:

Actualizamos el CBU para el débito automático. El primer débito en la nueva cuenta va a ser el 10 de julio por $ 12.990,00.

Saludos,
Equipo de Pagos
===
Hola [[PERSON:Nicolás]],

Tu router tiene IP pública [[IP_ADDRESS:203.0.113.9]] y la IP local del decodificador es 10.0.0.12. Probá reiniciar ambos equipos y contanos si vuelve a cortarse.

Saludos,
Soporte Técnico
===
Buenas tardes,

Soy monotributista, mi CUIT es {{AR_CUIT:raw}} y necesito la factura C del mes pasado. Mi domicilio fiscal es [[STREET_ADDRESS:Calle 50 nº 742]], La Plata.

[[PERSON:Gustavo Adrián Pereyra]]
===
Hola [[PERSON:Gustavo]]:

Te mandamos la factura C 0003-00012877 a tu mail registrado. Cualquier cosa, estamos en Av. Corrientes 1234, piso 8, CABA, de lunes a viernes de 9 a 18 hs.

Saludos,
Equipo de Facturación
===
Hola,

Mi mamá, [[PERSON:Norma Beatriz Álvarez]], DNI {{AR_DNI:raw}}, no puede pagar la factura. Su teléfono fijo es {{PHONE_AR_FIX:nat}}.
===
Hola:

Para gestiones sobre la cuenta de tu mamá necesitamos que ella nos autorice. Puede llamarnos al 0800 333 4567 y con su DNI la ayudamos en el momento.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Agustina]],

La contraseña provisoria para el portal de clientes es [[CREDENTIAL/PASSWORD:BsAs#9921kp]]. Cambiala apenas ingreses.

Saludos,
Soporte
===
Hola:

Compré dos notebooks (pedido AR-2024-12455) por $ 1.299.999,00 y me llegó una sola. El número de seguimiento de Andreani es 360002457891230.

[[PERSON:Federico Ruiz Díaz]]
[[EMAIL_ADDRESS:fede.ruizdiaz@example.com]]
===
Hola [[PERSON:Federico]]:

Ya abrimos el reclamo RC-AR-5541 con Andreani. En 72 hs te confirmamos si el segundo paquete está en camino o si te hacemos el reintegro.

Saludos,
Equipo de Logística
===
Hola [[PERSON:Julieta]],

Te confirmamos la portabilidad de tu línea {{PHONE_AR:intl}} a Nubeo. El nuevo chip se activa el 15/06 a las 0:00 hs.

Saludos,
Equipo de Portabilidad
===
Hola,

Pagué con la tarjeta {{MC}} pero me figura como rechazado. Ya me lo debitaron. Mi CUIL es {{AR_CUIT}}.

Saludos, [[PERSON:Sebastián Romero]]
===
Hola [[PERSON:Sebastián]]:

Lo que ves es una preautorización: no es un débito definitivo y se libera sola en hasta 5 días hábiles. Ya borramos el número de tarjeta de este ticket por seguridad.

Saludos,
Equipo de Pagos
===
Hola [[PERSON:Paula]],

Tu clave de API para integrar la tienda: {{KEY_SLACK}}. No la compartas en foros ni repositorios públicos.

Soporte Desarrolladores
===
Buen día,

Necesito la factura a nombre de Distribuidora Pampa S.R.L., CUIT {AR_CUIT30:bad}. Gracias.
===
Hola:

El CUIT que nos mandaste no es válido (el dígito verificador no coincide). ¿Podés revisarlo? Mientras tanto dejamos la factura en borrador.

Saludos,
Equipo de Facturación
===
Hola [[PERSON:Tomás]],

Te esperamos en la sucursal de [[STREET_ADDRESS:Av. Rivadavia 5120]], Caballito, para el cambio del equipo. Traé tu DNI y el equipo con su caja.

Horario: lunes a sábados de 10 a 20 hs.

Saludos,
Equipo de Atención al Cliente
===
Hola:

Soy [[PERSON:Romina Paz Acosta]], nací el [[DATE_OF_BIRTH:12/02/1988]] y mi DNI es {{AR_DNI}}. Perdí el acceso a mi mail [[EMAIL_ADDRESS:romi.acosta88@example.org]] y no puedo recuperar la cuenta.
===
Hola [[PERSON:Romina]]:

Con los datos que nos diste validamos tu identidad. Te enviamos un link de recuperación a tu celular registrado, que termina en 4512.

Saludos,
Equipo de Seguridad
===
Hola [[PERSON:Diego]],

El plan Hogar 500 Mb cuesta $ 21.990 por mes desde julio. Tu número de cliente es 00451278 y tu próximo vencimiento es el 12/07.

Saludos,
Nubeo Argentina
===
Hola,

Mi celular es {{PHONE_AR:dash}} y el de mi pareja {{PHONE_AR:intl}}. Quiero agregarla como usuaria adicional, se llama [[PERSON:Lorena Cabrera]].
