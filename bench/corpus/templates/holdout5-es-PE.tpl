# Spanish of Peru. Fifth check set (holdout5).
===
Asunto: RE: RE: Factura con RUC equivocado — Distribuidora Los Andes S.A.C.

Estimada [[PERSON:Milagros]]:

Hemos anulado la factura F001-00045872 (S/ 1,180.00 incluido IGV) y emitido la F001-00046011 con el RUC que nos indicó. El pago que hicieron el 07/03/2025 a las 16:20 (operación 004587214) queda aplicado a la nueva factura, así que no tienen saldo pendiente.

Atentamente,

[[PERSON:Diego Alonso Cárdenas]]
Analista de Facturación Corporativa
Nubeo Perú S.A.C. — facturacion@nubeo.example

Este correo electrónico y sus archivos adjuntos son confidenciales y están dirigidos únicamente a su destinatario. Si usted no es el destinatario, queda prohibida su divulgación o reproducción (Ley N.° 29733, Ley de Protección de Datos Personales, y su reglamento D.S. 016-2024-JUS).

El vie., 7 mar. 2025 a las 17:03, [[PERSON:Milagros Huamán Torres]] (<[[EMAIL_ADDRESS:mhuaman@distlosandes.example]]>) escribió:
> Buenas tardes, [[PERSON:Diego]]:
> La factura salió con el RUC {PE_RUC20:bad}, que no existe. El nuestro es {{PE_RUC20}}.
> Yo soy la contadora; mi RUC personal, por si lo piden para la carta poder, es {{PE_RUC}} y mi DNI {{PE_DNI}}.
> Pueden llamarme al {{PHONE_PE:nat}} o a la oficina {{PHONE_PE_FIX:nat}} anexo 204.
> Dirección fiscal: [[STREET_ADDRESS:Av. Javier Prado Este 2465, oficina 803]], San Borja, Lima.
>
> Saludos,
> [[PERSON:Milagros Huamán]]
> Contadora General
>
>> El jue., 6 mar. 2025 a las 09:12, Facturación Nubeo <facturacion@nubeo.example> escribió:
>> Estimados, adjuntamos la factura F001-00045872 por S/ 1,180.00 con vencimiento el 21/03/2025.
===
buenas tardes señorita le escribo por audio que se convierte en texto mi nombre es [[PERSON:rosa elvira quispe mamani]] mi dni es {{PE_DNI}} y mi celular es {{PHONE_PE:raw}} el de mi hijo [[PERSON:wilber]] es {{PHONE_PE:intl}} el internet no funciona desde el lunes en mi casa que es [[STREET_ADDRESS:jiron huallaga 358 interior 2]] cercado de lima ya pague los 89 soles del mes por yape el 3 de marzo operacion 18823517 tambien quiero saber si ya me llego el reembolso de los 45.50 que me dijeron mi correo es [[EMAIL_ADDRESS:rosaquispe1962@correo.example]] y naci el [[DATE_OF_BIRTH:14 de agosto de 1962]] por si me piden para verificar gracias

---
Buenas tardes, Sra. [[PERSON:Rosa]]: el técnico la visitará el jueves 13 entre 9:00 y 13:00 (orden de visita OV-558201). El reembolso de S/ 45.50 se abonó el 10/03 con el código de operación 77120459. Cualquier cosa puede responder a este mensaje. — [[PERSON:Kevin]], Nubeo Perú
===
Nota interna — caso PE-FRA-00931 — posible suplantación (NO compartir con el cliente)

- Titular real: [[PERSON:Jorge Luis Ccori Apaza]], DNI {{PE_DNI}}, nacido el [[DATE_OF_BIRTH:02/11/1990]]; RUC de su bodega {{PE_RUC}} (activo en SUNAT).
- Quien llamó dijo llamarse igual pero dio el DNI 4571882 (le falta un dígito) y un RUC que no valida: {PE_RUC:bad}.
- Pasaporte que mandó por foto: {{PASS_PE}} (no coincide con el de Migraciones).
- Teléfonos: titular {{PHONE_PE:e164}}; el que llamó lo hizo desde {{PHONE_PE:00}}.
- IP del intento de cambio de SIM: [[IP_ADDRESS:198.51.100.23]]; el titular dice que "mi IP de la casa" es [[IP_ADDRESS:10.20.4.17]].
- Código de validación que se le envió al titular por SMS: {{OTP6}} (ya caducado, no lo reenviamos).
- Intentaron pagar con una tarjeta {{DINERS}} a nombre de otra persona ([[PERSON:Luz Marina Paredes]]).
Se bloqueó el cambio de SIM a las 15:47 del 11/03/2025. Ticket para Legal: LEG-2025-0188.
— [[PERSON:Fiorella]] (Prevención de Fraude)
===
Señores de Nubeo Perú:

Presento formalmente mi reclamo (Libro de Reclamaciones virtual, hoja N.° 000482-2025) por un cobro duplicado:

• Boleta B002-00123456 del 01/03/2025, S/ 149.90 — pagada con mi tarjeta {{VISA:dash}}, vence [[CREDENTIAL/CARD_EXPIRY:07/29]]
• Boleta B002-00123457 del 01/03/2025, S/ 149.90 — el mismo cargo otra vez, a las 11:42 p. m.
• Pedido web N.° {LUHN:12}; envío por Olva Courier, guía 3012-00458871
• Equipo: decodificador Nubeo TV, firmware 5.0.3.11

Solicito la devolución de S/ 149.90 a la misma tarjeta (no a la que termina en 1881, que es de mi esposa [[PERSON:Carmen Rosa Villanueva]]). Al principio escribí mal el número en la web ({VISA:bad}), por si eso causó el doble cobro.

[[PERSON:Renzo Gutiérrez Salas]]
DNI {{PE_DNI}} / RUC {{PE_RUC}}
Cel. {{PHONE_PE:intl}}
[[STREET_ADDRESS:Calle Los Pinos 250, dpto. 301]], Miraflores

---
Borrador: Estimado Sr. [[PERSON:Gutiérrez]]: registramos su reclamo con el código R-2025-000482. La boleta B002-00123457 fue anulada y los S/ 149.90 volverán a su tarjeta en un plazo de 7 a 15 días hábiles, según su banco. Le responderemos por escrito en un máximo de 15 días hábiles. Atte., [[PERSON:Ana Lucía]] — Nubeo Perú
===
*** PLANTILLA: Confirmación de cambio de titular — NO ENVIAR SIN COMPLETAR LOS CAMPOS <<…>> ***

Estimado(a) <<NOMBRE_CLIENTE>>:
Estimada [[PERSON:Yessenia]]:

Le confirmamos el cambio de titularidad del servicio <<CODIGO_SERVICIO>> / 30045821-HFC:

  Titular anterior: [[PERSON:Víctor Hugo Ramos Chávez]] (DNI {{PE_DNI}})
  Nuevo titular: [[PERSON:Yessenia Ramos Flores]] (DNI <<DNI_NUEVO>> → {{PE_DNI}})
  Teléfono de contacto: <<TELEFONO>> → {{PHONE_PE_FIX:nat}}
  Correo: <<CORREO>> → [[EMAIL_ADDRESS:yessi.ramos@correo.example]]
  Dirección: <<DIRECCION>> → [[STREET_ADDRESS:Av. Brasil 1870, dpto. 502]], Jesús María
  Fecha de cambio: <<FECHA>> → 15/03/2025
  Deuda pendiente: S/ 0.00 (recibo 2025-02 pagado)

Recuerde que la clave de su portal Mi Nubeo sigue siendo la del titular anterior hasta que la cambie: <<CLAVE_TEMPORAL>> → [[CREDENTIAL/PASSWORD:Lima2025*Yr]].

Atentamente,
<<FIRMA_ASESOR>>
[[PERSON:Kevin Paredes]] | Asesor de Atención al Cliente | Nubeo Perú
===
Hi! / ¡Hola!

Quick update on our office move (mudanza de oficina). Please update the account for Andes Trek Tours S.A.C. (RUC {{PE_RUC20}}):

- Contact / contacto: [[PERSON:Hannah Müller]] (operations manager) — [[EMAIL_ADDRESS:hannah@andestrek.example]] / {{PHONE_PE:nat}}
- Backup contact: my colleague [[PERSON:Luis Ángel Torres]] ({{PHONE_PE:e164}}, DNI {{PE_DNI}})
- New address / nueva dirección: [[STREET_ADDRESS:Calle Schell 343, piso 7]], Miraflores (before: [[STREET_ADDRESS:Av. José Larco 1150, oficina 12]])
- For the contract signature I'll use my German passport / pasaporte alemán: {{PASS_DE}}
- Wi-Fi for the guests: network AndesTrek-Guest, password [[CREDENTIAL/PASSWORD:Machu#Picchu2025]] (please keep it when you reinstall)
- Our booking widget calls your status page with the API key {{KEY_HEX}} — can you whitelist the new public IP [[IP_ADDRESS:203.0.113.140]]?

The move is on 22/03 (Saturday) from 8:00 to 14:00. Invoice n.º F001-00051220 is already paid (S/ 560.00).

Thanks / gracias,
[[PERSON:Hannah]]

---
Hi [[PERSON:Hannah]] / hola: listo, programamos el traslado para el 22/03 con la orden TR-PE-33018. La IP quedará registrada y el técnico dejará el router con la misma red. Saludos, [[PERSON:Mauricio]] — Nubeo Perú
