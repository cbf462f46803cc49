# Holdout check set, Spanish of Spain. Written apart from the tuning: do not tune on it.
===
Hola [[PERSON:Inmaculada]]:

Ya hemos actualizado la dirección de envío. A partir de ahora los pedidos irán a [[STREET_ADDRESS:Calle del Doctor Fourquet 18, 2º izda.]], 28012 Madrid.

Un saludo,
[[PERSON:Gonzalo Herrera]]
Responsable de Atención al Cliente | Nubeo
Calle de Serrano 41, 4ª planta · 28001 Madrid

El mar, 4 jun 2024 a las 9:47, [[PERSON:Inmaculada Prieto]] <[[EMAIL_ADDRESS:inma.prieto@example.com]]> escribió:
> Buenos días, me he mudado. La nueva dirección es [[STREET_ADDRESS:Calle del Doctor Fourquet 18, 2º izquierda]]. Mi móvil sigue siendo el mismo, {{PHONE_ES:nat}}.
===
Hola equipo de Facturación:

Os reenvío la consulta de una clienta. Necesita que la factura salga a nombre de su empresa.

---------- Mensaje reenviado ---------
De: [[PERSON:Montserrat Vidal]] <[[EMAIL_ADDRESS:montse.vidal@example.es]]>
Fecha: lunes, 10 de junio de 2024, 11:02
Asunto: Factura FV-2024-22817
Para: facturacion@nubeo.example

Hola, por favor emitid la factura FV-2024-22817 a nombre de Talleres Vidal S.L., CIF {{ES_CIF}}, con domicilio en [[STREET_ADDRESS:Carrer de Mallorca 401, local 2]], 08013 Barcelona. Importe: 1.245,60 €.

Gracias,
[[PERSON:Montse]]
===
Hola [[PERSON:Aitor]],

Para tramitar el reembolso del pedido 4410-2291 necesitamos confirmar estos datos:

- Titular: [[PERSON:Aitor Etxeberria Goikoetxea]]
- NIF: {{ES_DNI:dash}}
- IBAN: {{IBAN_ES}}
- Importe: 89,90 €
- Fecha del pedido: 02/05/2024

Si algo no es correcto, contesta a este correo antes del viernes.

Equipo de Reembolsos
===
[09:14] Cliente: hola buenas
[09:14] Cliente: no me llega el sms para entrar
[09:15] Agente Nubeo: Hola! Te acabo de reenviar el código
[09:16] Cliente: ok ya está, es el {{OTP6}}?
[09:16] Agente Nubeo: Por favor no nos escribas el código aquí, es solo para ti 🙏
[09:17] Cliente: vale perdona. mi número es [[PHONE_NUMBER:655 123 456]] por si acaso
===
Buenas tardes, Sr. [[PERSON:Fermín Casado]]:

Tal y como nos pidió por teléfono, hemos dado de baja la línea {{PHONE_ES:intl}} con fecha 30/06/2024. La última factura (n.º 2024/118820, 23,40 €) se cargará en la tarjeta que termina en 7731, como siempre.

Le recordamos que la permanencia terminó el 15/01/2024, por lo que no hay penalización.

Atentamente,

[[PERSON:Yolanda Ferrer Puig]]
Gestora de Bajas y Retenciones
Nubeo Telecomunicaciones S.A.
900 100 200 · privacidad@nubeo.example
===
Hola [[PERSON:Iñaki]]:

Para abrir los puertos de la consola sigue estos pasos:

1. Entra en http://192.168.1.1 desde un ordenador conectado al router.
2. Usuario: admin. La contraseña es la que aparece en la pegatina de debajo del equipo.
3. Ve a NAT > Reenvío de puertos y añade el 3074 (UDP) hacia la IP de la consola, por ejemplo 192.168.1.35.
4. Guarda y reinicia (firmware 5.2.0.118 o superior).

Desde nuestro lado vemos que tu conexión sale a internet con la IP [[IP_ADDRESS:198.51.100.23]].

Saludos,
Soporte Técnico Nubeo
===
Hola, buenos días:

Soy [[PERSON:Andrei Popescu]], tengo NIE {{ES_NIE}} y nací el [[DATE_OF_BIRTH:7 de marzo de 1986]]. Cuando me di de alta usé el pasaporte {{PASS_XX}} porque aún no tenía el NIE. ¿Podéis cambiarlo en mi ficha?

Mi dirección es [[STREET_ADDRESS:Avenida de la Constitución 27, 5º C]], 41004 Sevilla.

Muchas gracias
===
Hola [[PERSON:Nuria]]:

Te confirmo que el pedido 20240611-0042 está en reparto. El número de seguimiento de Correos es PK7Y3A0012345670Q y el código postal de entrega, 46015.

La tarjeta registrada es la **** **** **** 4417 y el cargo fue de 1.249,00 €. El DNI que aparece en la factura es el que nos diste al comprar, por eso no lo repetimos aquí.

Cualquier cosa, llámanos al 900 100 200.

Un saludo,
Equipo Nubeo
===
Hola [[PERSON:Rocío]],

Como no podías acceder, te hemos generado una clave temporal:

**Usuario:** rocio.blanco
**Contraseña:** [[CREDENTIAL/PASSWORD:Lm4!tq9Zr2]]

Cámbiala en cuanto entres. Recuerda que nunca te pediremos la contraseña por teléfono.

Equipo de Soporte
