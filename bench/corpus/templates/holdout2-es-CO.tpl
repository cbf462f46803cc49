# Holdout2 check set, Spanish of Colombia. Written apart from the tuning and from holdout: do not tune on it.
===
buenas tardes mi nombre es [[PERSON:yeison andres]] mi cedula {{CO_CC:raw}} y el celular {{PHONE_CO:raw}}, necesito q me devuelvan la plata
===
Hola [[PERSON:Xiomara]], ¡buen día!

Te confirmamos la visita técnica para el jueves 12/09 entre 8:00 a. m. y 12:00 m. en [[STREET_ADDRESS:Calle 45 # 12-30 apto 301]], Bogotá.

El valor de la visita es $ 150.000 (IVA incluido). Radicado: 2024-0912-5581.

Cordialmente,
[[PERSON:Jhon Fredy Ospina]]
Servicio al Cliente Nubeo Colombia
===
De: [[PERSON:Brayan Stiven Mosquera]] <[[EMAIL_ADDRESS:brayan.mosquera@example.co]]>
Para: soporte@nubeo.example
Asunto: RV: factura electrónica

Buenas, la factura debe salir a nombre de la empresa con NIT {{CO_NIT:dash}}. Mi cédula es {{CO_CC}}. Cel. {{PHONE_CO:intl}}
===
Hola [[PERSON:Wendy]]:

El NIT que nos enviaste ({CO_NIT:bad}) no tiene el dígito de verificación correcto según la DIAN. ¿Nos lo confirmas con el RUT?

Gracias,
Facturación
===
Datos para el domicilio:
* Dirección: [[STREET_ADDRESS:Cra. 15 No. 93-47 oficina 502]]
* Barrio: Chicó
* Quién recibe: [[PERSON:Luz Dary Cárdenas]]
* Tel: {{PHONE_CO:nat}}
===
Hola, hice el pago por PSE de $ 89.900 el 2024-09-03 y me sale pendiente. El número de aprobación es 553421 y la referencia {LUHN:12}. Mi correo [[EMAIL_ADDRESS:ana.milena.r@example.com]]
===
Te comparto la contraseña del wifi que me instalaron para que revisen: [[CREDENTIAL/PASSWORD:Casa2024*Cali]]
la ip que me sale en la pagina de "cual es mi ip" es [[IP_ADDRESS:203.0.113.201]]
===
Hola [[PERSON:Yeison]]:

Por seguridad eliminamos de este chat el número de tarjeta que escribiste; en el sistema solo queda **** **** **** 1117. No vuelvas a enviarlo por aquí.

[[PERSON:Valentina]]
===
Buen día, la tarjeta con la que quiero pagar es {{AMEX}} y el código de seguridad es {{CVV}}. A nombre de [[PERSON:Carlos Andrés Gómez]].
===
Aviso de mantenimiento programado: 14/09/2024 de 00:00 a 04:00. Nodo BOG-07, servidores 10.20.30.40 y 10.20.30.41. Versión 2.4.10.3. Ticket interno INC0012345.
