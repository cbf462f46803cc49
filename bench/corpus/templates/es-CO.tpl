# Spanish of Colombia.
===
Hola [[PERSON:Andrea]]:

Gracias por comunicarte con Nubeo Colombia. Para generar la factura electrónica a nombre de tu empresa necesitamos el NIT. Nos indicas que es {{CO_NIT}}; ya quedó registrado en el pedido CO-2024-33120.

El valor total es $ 1.450.000 COP.

Cordial saludo,
Equipo de Facturación
===
Buenas tardes,

Mis datos para la devolución: [[PERSON:Juan Camilo Restrepo]], cédula {{CO_CC}}, celular {{PHONE_CO:nat}}.

Muchas gracias.
===
Hola [[PERSON:Juan Camilo]]:

Ya radicamos la solicitud de devolución con el número PQR-2024-08871. El reintegro de $ 249.900 se hará en un plazo de 8 días hábiles.

Cordial saludo,
Equipo de Atención al Cliente
===
Hola [[PERSON:Valentina]],

El técnico visitará tu hogar en [[STREET_ADDRESS:Calle 85 # 11-53, apto 402]], Bogotá, el miércoles entre 7:00 a. m. y 12:00 m. Si necesitas reprogramar, llámanos al 01 8000 123 456.

Orden de servicio: OS-CO-11820.

Saludos,
Soporte Técnico
===
Hola:

Mi cédula es {{CO_CC:raw}} y mi correo [[EMAIL_ADDRESS:valentina.ospina@example.com]]. No me deja pagar con PSE.

[[PERSON:Valentina Ospina Cárdenas]]
===
Hola [[PERSON:Valentina]]:

El problema con PSE ya fue solucionado. Intenta de nuevo desde la app (versión 3.4.0 o superior). Tu factura de junio es por $ 89.900.

Saludos,
Equipo de Pagos
===
Hola [[PERSON:Santiago]],

Tu código de verificación es {{OTP6}}. No lo compartas con nadie.

Nubeo Colombia
===
Estimado Sr. [[PERSON:Hernán Darío Gutiérrez]]:

Le confirmamos que el pago con la tarjeta {{DINERS}} fue aprobado. Número de aprobación: 004512. Valor: $ 3.200.000 en 12 cuotas.

Atentamente,
Equipo de Pagos
===
Buen día,

Necesito factura a nombre de Soluciones Andinas S.A.S., NIT {{CO_NIT:dash}}, dirección [[STREET_ADDRESS:Carrera 43A # 1-50, oficina 1204]], Medellín.

Gracias,
[[PERSON:Catalina Mejía Vélez]]
===
Hola [[PERSON:Catalina]]:

Ya emitimos la factura electrónica FE-8812 con los datos de Soluciones Andinas S.A.S. Quedó enviada al correo de facturación de la empresa.

Cordial saludo,
Equipo de Facturación
===
Hola,

El NIT que les di antes, {CO_NIT:bad}, estaba mal. ¿Lo pueden corregir?
===
Hola:

Claro. Ese NIT no es válido (el dígito de verificación no corresponde). Envíanos el RUT actualizado de la empresa desde el portal y lo corregimos.

Saludos,
Equipo de Facturación
===
Hola [[PERSON:Felipe]],

Tu módem tiene asignada la IP [[IP_ADDRESS:198.51.100.140]]. Configuramos la apertura del puerto 8080 para tu cámara. Si cambias de equipo, avísanos.

Saludos,
Soporte Técnico
===
Hola:

Mi mamá [[PERSON:Gloria Inés Rodríguez]] quiere cambiar el número de contacto al {{PHONE_CO:intl}}. Su cédula es {{CO_CC}}.
===
Hola:

Para actualizar los datos de contacto necesitamos que la titular nos confirme el cambio. Puede llamar a nuestra línea gratuita 01 8000 123 456.

Cordial saludo,
Equipo de Atención al Cliente
===
Hola [[PERSON:Daniela]],

Tu contraseña temporal es [[CREDENTIAL/PASSWORD:Cali.2024*Zt]]. Cámbiala al ingresar por primera vez.

Soporte
===
Hola [[PERSON:Mateo]]:

Tu pedido CO-2024-40012 será entregado en [[STREET_ADDRESS:Avenida 6N # 23-45]], Cali, entre el 12 y el 14 de junio. Número de guía Servientrega: 2045817733.

Saludos,
Equipo de Logística
===
Hola:

Soy [[PERSON:Laura Marcela Pineda]], nací el [[DATE_OF_BIRTH:30 de abril de 1995]]. Quiero saber por qué me cobraron $ 59.900 si mi plan era de $ 49.900.
===
Hola [[PERSON:Laura Marcela]]:

La diferencia de $ 10.000 corresponde al alquiler del decodificador adicional desde el 1 de mayo. Si no lo usas, puedes devolverlo en cualquier tienda.

Saludos,
Equipo de Atención al Cliente
===
Hola [[PERSON:Sebastián]],

El número fijo {{PHONE_CO_FIX:nat}} quedó asociado a tu cuenta. Tu próxima factura vence el 20/07/2024.

Saludos,
Nubeo Colombia
===
Hola,

Pagué con la tarjeta {{MC:raw}} y me llegó doble cobro. Mi teléfono es el {{PHONE_CO:raw}}.

[[PERSON:Andrés Mauricio Parra]]
===
Hola [[PERSON:Andrés Mauricio]]:

Confirmamos el doble cobro. Ya solicitamos la reversión del segundo cargo a la tarjeta terminada en 4444. Por seguridad, eliminamos el número completo de esta conversación.

Cordial saludo,
Equipo de Pagos
===
Hola [[PERSON:Natalia]],

Con gusto te ayudamos. Tu número de cliente es 7712004 y tu plan es Fibra 300. El horario de atención en tiendas es de 8:00 a. m. a 6:00 p. m.

Saludos,
Equipo de Atención al Cliente
===
Hola:

Quiero registrar mi pasaporte porque soy venezolano: {{PASS_XX}}. Mi celular es {{PHONE_CO:intl}}.

[[PERSON:Yorman José Pérez]]
