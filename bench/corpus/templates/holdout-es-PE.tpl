# Holdout check set, Spanish of Peru. Written apart from the tuning: do not tune on it.
===
Hola [[PERSON:Yessenia]]:

Gracias por escribirnos por WhatsApp. Para la portabilidad desde otro operador necesitamos:

• DNI del titular: {{PE_DNI}}
• Número a portar: [[PHONE_NUMBER:987 654 321]]
• Código de portabilidad recibido por SMS: {{OTP4}}

El trámite demora hasta 24 horas hábiles. La boleta electrónica B001-00457781 te llegará al correo.

Saludos,
[[PERSON:Jhonatan]] – Asesor Nubeo Perú
===
Estimados:

Solicito que la factura del servicio de junio se emita a nombre de Inversiones Quispe & Hijos S.A.C., RUC {{PE_RUC20}}, dirección fiscal [[STREET_ADDRESS:Jr. Huallaga 845, Of. 302]], Cercado de Lima.

El contacto para coordinaciones es el Sr. [[PERSON:Wilfredo Quispe Mamani]], celular {{PHONE_PE:nat}}, correo [[EMAIL_ADDRESS:wquispe@inversionesquispe.example.pe]].

Atte.,
[[PERSON:Rosmery Chávez]]
Asistente Administrativa
===
Hola [[PERSON:Percy]]:

Ya revisamos el cobro duplicado de S/ 79.90. El extorno se verá en tu estado de cuenta en 7 a 15 días hábiles.

Saludos,
Mesa de Ayuda Nubeo

-----Mensaje original-----
De: [[PERSON:Percy Huamaní]] [mailto:[[EMAIL_ADDRESS:percy.h@example.com]]]
Enviado el: viernes, 7 de junio de 2024 18:22
Para: soporte@nubeo.example
Asunto: cobro doble

me cobraron dos veces en mi tarjeta {{VISA}}, mi dni es {{PE_DNI}}. ayuda por favor
===
Hola [[PERSON:Gianella]]:

El técnico visitará tu domicilio en [[STREET_ADDRESS:Av. Angamos Oeste 1150, dpto. 701]], Miraflores, el sábado entre 9:00 y 13:00. Te llamará antes al {{PHONE_PE:intl}}.

Orden de servicio: OS-558821. Por favor ten a la mano tu DNI.

Saludos,
Equipo Técnico
===
Hola [[PERSON:Brayan]],

Tu clave de acceso a Mi Nubeo quedó reseteada. La nueva clave es [[CREDENTIAL/PASSWORD:Lima2024#qx]] y deberás cambiarla en tu primer ingreso.

Recuerda que Nubeo nunca te pedirá tu clave ni tu código de verificación.

Saludos,
Soporte Digital
===
Hola [[PERSON:Maricielo]]:

Tu reclamo N.° 2024-0038812 fue registrado en el Libro de Reclamaciones. El monto observado es S/ 1,250.00 y corresponde al recibo 0045-00128834.

Nuestra central es (01) 311 5000, de lunes a sábado.

Atentamente,
Nubeo Perú
===
Buenas noches

quiero pagar mi deuda pero el app no me deja, mi tarjeta es {{MC}} vence [[CREDENTIAL/CARD_EXPIRY:03/28]] y el cvv {{CVV}}. mi nombre es [[PERSON:Edwin Ccahuana Torres]]

gracias
===
Hola [[PERSON:Fiorella]]:

Detectamos un inicio de sesión en tu cuenta desde la IP [[IP_ADDRESS:203.0.113.77]] (Arequipa) el 12/06/2024 a las 23:41. Si no fuiste tú, cambia tu contraseña y escríbenos.

Equipo de Seguridad Nubeo
