# Spanish of Spain. Blocks start with a bare "===". See ../README.md.
===
Hola [[PERSON:Marta]]:

Gracias por escribirnos. Hemos revisado el pedido ORD-61131 del 12/03/2024 y el cargo de 49,99 € se hizo con la tarjeta {{VISA}}. Te recomendamos no enviar el número completo por este canal; para futuras consultas basta con los últimos cuatro dígitos.

Un saludo,
[[PERSON:Lucía]]
Equipo de Soporte Nubeo
===
Buenos días, Sr. [[PERSON:Javier Morales Ruiz]]:

Para tramitar la devolución necesitamos confirmar su identidad. Según consta en su ficha, su DNI es {{ES_DNI}} y el teléfono de contacto {{PHONE_ES:intl}}.

El reembolso de 129,00 € se abonará en la cuenta {{IBAN_ES}} en un plazo de 5 a 7 días hábiles.

Atentamente,
Equipo de Atención al Cliente
900 100 200
===
Hola [[PERSON:Carlos]],

Te confirmo que el técnico pasará el martes 14 de mayo entre las 9:00 y las 14:00 por [[STREET_ADDRESS:Calle de Alcalá 123, 4º B]], 28009 Madrid. Si no vas a estar, llámanos al 900 100 200 o responde a este correo.

Número de incidencia: INC-2024-004512.

Saludos,
Equipo de Soporte
===
> Mi NIE es {{ES_NIE}} y no me deja terminar el registro, dice que el documento no es válido.

Hola [[PERSON:Oksana]]:

Hemos probado a validar el documento y el sistema lo acepta correctamente. Es posible que estuvieras escribiendo el NIE con espacios. Prueba de nuevo y, si sigue fallando, envíanos una captura de pantalla (sin datos de la tarjeta).

Un saludo,
[[PERSON:Pablo]]
===
Hola:

Por seguridad hemos restablecido tu acceso. Tu contraseña temporal es [[CREDENTIAL/PASSWORD:Tk8#mR2qLz]] y caduca en 24 horas. Cámbiala al iniciar sesión desde Mi cuenta > Seguridad.

Si no has solicitado este cambio, escríbenos a soporte@nubeo.example.

Equipo de Soporte Nubeo
===
Estimada Sra. [[PERSON:Ana Belén Ortega]]:

Hemos recibido la factura F-2024-00871 por importe de 1.299,00 €. El pago con la tarjeta terminada en 4242 se rechazó porque el número introducido, {VISA:bad}, no es válido. ¿Podría comprobarlo y volver a intentarlo desde la web?

Un cordial saludo,
[[PERSON:Rocío Giménez Pardo]]
Departamento de Facturación
===
Hola [[PERSON:Daniel]],

Tu router Nubeo X200 (versión de firmware 3.1.0.12) tiene asignada la IP pública [[IP_ADDRESS:203.0.113.47]]. Para acceder al panel usa 192.168.1.1 desde tu red local.

Si el problema persiste, reinicia el equipo y dinos a qué hora ocurre el corte.

Saludos,
Soporte Técnico
===
Buenas tardes,

Le escribo porque me han cobrado dos veces el pedido ORD-77310. Mis datos: [[PERSON:Sergio Navarro Gil]], DNI {{ES_DNI:dash}}, correo [[EMAIL_ADDRESS:sergio.navarro@example.com]].

Gracias.
===
Hola [[PERSON:Sergio]]:

Sentimos las molestias. Ya hemos anulado el segundo cargo del pedido ORD-77310; verás la devolución de 89,90 € en 3-5 días.

Te recordamos que no es necesario enviarnos tu DNI por correo. Lo hemos eliminado del ticket #48213.

Un saludo,
[[PERSON:Marina]]
Equipo de Soporte Nubeo
===
Hola [[PERSON:Nerea]],

El código de verificación para confirmar el cambio de titular es {{OTP6}}. No lo compartas con nadie: ningún empleado de Nubeo te lo pedirá por teléfono.

Equipo de Seguridad
===
Buenos días:

Adjuntamos los datos para la domiciliación de la empresa:
Razón social: Talleres Ebro S.L.
CIF: {{ES_CIF}}
IBAN: {{IBAN_ES}}
Persona de contacto: [[PERSON:Iñaki Etxeberria]] ({{PHONE_ES:nat}})

Un saludo.
===
Hola [[PERSON:Paula]]:

Hemos localizado tu envío. El número de seguimiento de Correos es PQ4B7C0612345670128001F y está en reparto. La dirección de entrega es [[STREET_ADDRESS:Avenida de la Constitución 45, 2º izquierda]], 41004 Sevilla.

El plazo habitual es de 24-48 horas.

Saludos,
Equipo de Soporte
===
Hola,

No hemos podido procesar tu pago porque el CVV introducido no coincide. Por favor, no nos envíes el CVV por correo: introdúcelo únicamente en la pasarela segura.

> Tarjeta {{MC}}, caducidad [[CREDENTIAL/CARD_EXPIRY:08/27]], CVV {{CVV}}

Hemos eliminado estos datos del historial del ticket #50122.

Equipo de Soporte Nubeo
===
Estimado cliente:

Le informamos de que su solicitud de portabilidad del número {{PHONE_ES:intl}} se completará el 3 de junio. Durante la ventana de cambio (de 2:00 a 6:00) el servicio podría interrumpirse.

Para cualquier duda, llame gratis al 900 100 200.

Atentamente,
Nubeo Iberia S.L. · Calle de Serrano 41, 28001 Madrid · CIF B12345674
===
Hola [[PERSON:Alberto]],

Vemos varios inicios de sesión desde la IP [[IP_ADDRESS:198.51.100.23]] (Valencia) y desde [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]]. Si no los reconoces, cambia tu contraseña y activa la verificación en dos pasos.

Un saludo,
Equipo de Seguridad Nubeo
===
Hola [[PERSON:María José]]:

Para darte de alta como autónoma en el plan Empresas necesitamos tu NIF y la dirección fiscal. Nos indicas que tu NIF es {{ES_DNI:sp}} y la dirección [[STREET_ADDRESS:Calle Mayor, 12, 3º A]]. Ya está todo actualizado.

Tu cuota pasa a ser de 35,00 € + IVA al mes desde el 1 de julio.

Saludos,
Equipo de Empresas
===
Hola [[PERSON:Raúl]],

Hemos recibido tu consulta sobre la factura FV-2024-11873. El importe de 64,35 € corresponde al periodo del 01/04/2024 al 30/04/2024. La tarjeta registrada es la **** **** **** 4444 y el cargo se hará el día 5.

Un saludo,
[[PERSON:Lucía]]
===
Buenas,

Mi nombre es [[PERSON:Laura Sánchez Prieto]] y quiero cambiar el número de cuenta para los recibos. La nueva es {{IBAN_ES:raw}}. La antigua ({IBAN_ES:bad}) la cerré el mes pasado.

Nací el [[DATE_OF_BIRTH:23/07/1985]], por si lo necesitáis para verificar.
===
Hola [[PERSON:Laura]]:

Gracias por los datos. Hemos intentado actualizar la cuenta, pero el sistema indica que el IBAN que nos has enviado no supera la validación. Comprueba los dígitos y vuelve a enviárnoslo desde el área de cliente, que es un canal seguro.

Por cierto, no necesitamos tu fecha de nacimiento para este trámite.

Saludos,
Equipo de Soporte
===
Hola [[PERSON:Tomás]]:

Tu pedido ORD-90233 incluye 2 unidades de Auriculares Nubeo Pro (ref. 4005-2231) a 59,95 € cada una. El envío se entregará entre el 18 y el 20 de marzo.

Si necesitas cambiar la dirección, hazlo antes de las 18:00 de hoy.

Equipo de Soporte
===
Hola,

Te escribo porque mi madre, [[PERSON:Carmen Ruiz Delgado]], no puede acceder a su cuenta. Su teléfono es {{PHONE_ES:nat}} y su email [[EMAIL_ADDRESS:carmen.ruiz.d@example.org]]. Yo soy su hijo, [[PERSON:Jorge]].
===
Hola [[PERSON:Jorge]]:

Por protección de datos solo podemos gestionar la cuenta con la titular. Pídele a tu madre que nos llame al 900 100 200 o que escriba desde su correo registrado y la ayudaremos encantados.

Un saludo,
[[PERSON:Andrea]]
Equipo de Soporte Nubeo
===
Buenos días,

Confirmamos la reserva para la instalación de fibra en [[STREET_ADDRESS:Calle de Bailén 7, bajo]], 46007 Valencia. Referencia de la orden de trabajo: OT-558120.

El técnico llevará el router Nubeo X200 y el decodificador. La instalación dura unas 2 horas.

Saludos,
Equipo de Instalaciones
===
Hola [[PERSON:Ignacio]]:

Como te comentamos por teléfono, para verificar tu identidad te hemos enviado un SMS con un código de 6 cifras. El código que nos has dictado ({{OTP6}}) ya no es válido; solicita uno nuevo desde la app.

Un saludo,
Soporte
===
Hola,

Necesito la factura a nombre de mi empresa, Reformas Duero S.L., con CIF {{ES_CIF:dash}}. La dirección fiscal es [[STREET_ADDRESS:Paseo de Zorrilla 88, 5º D]], 47006 Valladolid.

Gracias,
[[PERSON:Beatriz Calvo Herrero]]
===
Hola [[PERSON:Beatriz]]:

Ya tienes disponible la factura rectificativa FR-2024-00312 en tu área de cliente. Hemos incluido el CIF de la empresa y la dirección fiscal que nos indicaste.

Un saludo,
Equipo de Facturación
facturacion@nubeo.example
===
Hola [[PERSON:Andrés]]:

Vemos que intentaste pagar con una tarjeta American Express ({{AMEX}}). Actualmente solo aceptamos Visa y Mastercard en la tienda online, pero puedes pagar con Amex en nuestras tiendas físicas.

Un saludo,
Equipo de Soporte
===
Buenas tardes:

Mi pasaporte es {{PASS_ES}} porque todavía no tengo NIE. ¿Puedo contratar la línea con él?

Un saludo,
[[PERSON:Mikhail Petrov]]
===
Hola [[PERSON:Mikhail]]:

Sí, puedes contratar con el pasaporte. Solo necesitamos una copia escaneada por la web (no por correo) y una cuenta bancaria española o una tarjeta a tu nombre.

Las tarifas disponibles empiezan en 15,90 €/mes. ¡Bienvenido!

Equipo de Soporte Nubeo
===
Hola [[PERSON:Elena]]:

Tu clave de API para la integración con la tienda es {{KEY_STRIPE}}. Guárdala en un lugar seguro; si crees que se ha filtrado, revócala desde Ajustes > Desarrolladores.

La documentación está en la versión 2.4 del portal.

Soporte para Desarrolladores
===
Hola,

Os dejo mis datos para el cambio de titularidad:
Nombre: [[PERSON:Francisco Javier Romero]]
DNI: {{ES_DNI}}
Fecha de nacimiento: [[DATE_OF_BIRTH:02/11/1979]]
Dirección: [[STREET_ADDRESS:Calle del Pez 21, 1º dcha.]]
Teléfono: {{PHONE_ES:e164}}
===
Hola [[PERSON:Francisco Javier]]:

Hemos completado el cambio de titularidad. A partir del próximo ciclo de facturación (1 de agosto) los recibos llegarán a tu nombre. El contrato CT-2024-7781 queda actualizado.

Un saludo,
Equipo de Soporte
===
Hola [[PERSON:Noelia]],

Sobre tu consulta: el cargo de 9,99 € del 15/02 corresponde a la suscripción Nubeo Música. Si quieres darla de baja, entra en Mi cuenta > Suscripciones. El número de suscripción es SUB-00451277.

Un saludo,
Equipo de Soporte
===
Hola [[PERSON:Víctor]],

Tu móvil de contacto ({{PHONE_ES:00}}) está verificado. El segundo número que nos indicas, 612 34 56 7, parece incompleto: le falta una cifra.

Saludos,
Equipo de Soporte Nubeo
===
Buenos días,

Le confirmamos que el pedido ORD-61877 se entregó el 22/05/2024 a las 11:42 en la dirección indicada. Lo recogió [[PERSON:Pilar Montero Sanz]], según la firma del repartidor.

Si no reconoce la entrega, abriremos una investigación con la empresa de transporte.

Atentamente,
Equipo de Atención al Cliente
===
Hola,

Soy [[PERSON:David Fernández]] y he visto un cargo que no reconozco en mi tarjeta {{VISA:dash}}. La tarjeta la tengo yo, así que no sé qué ha pasado. Mi teléfono es el {{PHONE_ES:dash}}.
===
Hola [[PERSON:David]]:

Hemos bloqueado de forma preventiva los pagos con la tarjeta que termina en 1111 y abierto la reclamación RC-88120. Te llamaremos al número que nos indicaste en un máximo de 48 horas.

Por tu seguridad, hemos eliminado el número completo de la tarjeta de este hilo.

Equipo de Fraude
===
Hola [[PERSON:Irene]]:

Tu nueva contraseña del Wi-Fi es la que aparece en la pegatina del router (etiqueta WPA). Si la cambiaste, puedes restablecerla manteniendo pulsado el botón Reset 10 segundos. La red por defecto se llama NUBEO-5G-7A21.

Saludos,
Soporte Técnico
===
Hola [[PERSON:Rubén]],

Hemos detectado que compartiste el token de acceso a la API en un comentario público: {{KEY_GH}}. Lo hemos revocado por seguridad. Genera uno nuevo desde tu perfil.

Un saludo,
Equipo de Seguridad
===
Estimado Sr. [[PERSON:Luis Alberto Domínguez]]:

En respuesta a su reclamación n.º 2024/004471, le informamos de que el importe de 212,40 € se ha devuelto a la cuenta terminada en 1332. Puede consultar el justificante en su área de cliente.

Quedamos a su disposición en el 900 100 200 (de lunes a viernes, de 9:00 a 21:00).

Atentamente,
Nubeo Iberia S.L.
===
Hola [[PERSON:Cristina]],

Te confirmo los datos de la nueva línea:
- Número asignado: {{PHONE_ES:intl}}
- PIN de la SIM: [[CREDENTIAL/PIN:4831]]
- PUK: [[CREDENTIAL/PIN:27581934]]
- Tarifa: Plan Ilimitado 25 (25,00 €/mes)

Guarda el PIN y el PUK en un lugar seguro.

Equipo de Soporte
===
Hola [[PERSON:Héctor]],

El pedido 1000234567 se ha dividido en dos envíos. El segundo paquete lleva la referencia 8412345678901 (código de barras del producto) y llegará el jueves.

Un saludo,
Equipo de Logística
===
Hola:

Quiero cancelar mi cuenta. Me llamo [[PERSON:Óscar Lozano Martín]], mi NIE antiguo era {ES_NIE:bad} pero ahora tengo DNI {{ES_DNI}}. Vivo en [[STREET_ADDRESS:Ronda de Sant Antoni 52, 3r 2a]], Barcelona.
===
Hola [[PERSON:Sven]],

Para el reembolso en tu cuenta alemana hemos registrado el IBAN {{IBAN_DE}} a nombre de [[PERSON:Sven Müller]]. Las transferencias SEPA tardan 1-2 días hábiles.

Un saludo,
Equipo de Pagos
===
Bonjour / Hola:

El cliente [[PERSON:Julien Lefèvre]] solicita el abono en su cuenta francesa: {{IBAN_FR:raw}}. Su móvil francés es [[PHONE_NUMBER:+33 6 12 34 56 78]] según la ficha (no verificado).

Nota interna: pedido ORD-70012, importe 310,00 €.
===
Hola:

Me llamo [[PERSON:João Pedro Ferreira]] y vivo en Oporto. Mi IBAN portugués es {{IBAN_PT}}. El que os mandé ayer, {IBAN_PT:bad}, tenía un error.
===
Hola [[PERSON:Kenji]],

Hemos verificado la tarjeta JCB {{JCB}} y el pago del pedido ORD-88001 se ha completado. Importe: 1.120,00 € en 3 plazos.

Un saludo,
Equipo de Pagos
===
Hola,

He intentado pagar con mi UnionPay {{UP}} y con mi Maestro {{MAESTRO:dash}}, pero ninguna funciona.

[[PERSON:Wei Zhang]]
===
Hola [[PERSON:Wei]]:

De momento no aceptamos UnionPay en la tienda online. Con Maestro sí puedes pagar, pero tu banco debe autorizar la compra con 3D Secure. Hemos borrado los números de tarjeta del ticket #77451.

Un saludo,
Equipo de Pagos
===
Hola [[PERSON:Amparo]]:

Te reenvío lo que nos escribiste para que lo confirmes:

> Nombre: [[PERSON:Amparo Ibáñez Soler]]
> NIE: {{ES_NIE:dash}}
> Domicilio: [[STREET_ADDRESS:Calle de la Paz 14, 2º 1ª]]
> Teléfono: {{PHONE_ES:00}}

Si todo es correcto, no hace falta que respondas.

Equipo de Soporte
===
Hola,

Mi DNI {{ES_DNI:dots}} aparece como no válido en el formulario y mi cuenta del Reino Unido es {{IBAN_GB}}.
¿Podéis mirarlo?

[[PERSON:Harriet Jones Moreno]]
===
Hola [[PERSON:Jaime]]:

Confirmamos el pago del pedido ORD-73314 con Discover ({{DISC}}). Recuerda que el código de seguridad nunca debe enviarse por correo.

Un saludo,
Equipo de Pagos
===
Hola:

El teléfono de la tienda donde recogerás el pedido es el +34 911 234 567 y el de nuestro servicio técnico el 900 100 200. Tu número de recogida es 552301.

Un saludo,
Equipo de Soporte
