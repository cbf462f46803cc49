// Words that announce a number that is NOT personal data in support text: order, ticket,
// invoice and tracking numbers, amounts, versions. Shared by every numeric detector so a
// look-alike is quiet whichever detector sees it first. Accent-folded, lower case.
export const NUMERIC_LOOKALIKE_WORDS: readonly string[] = [
  // es
  'pedido', 'orden', 'ticket', 'caso', 'incidencia', 'factura', 'boleta', 'recibo', 'albaran',
  'tracking', 'seguimiento', 'guia', 'envio', 'paquete', 'sku', 'referencia', 'ref', 'lote',
  'serie', 'numero de serie', 'modelo', 'version', 'importe', 'monto', 'total', 'precio',
  'reembolso', 'cupon', 'codigo postal', 'cp', 'expediente', 'reclamo', 'reclamacion', 'folio',
  'transaccion', 'operacion', 'autorizacion', 'contrato', 'poliza', 'cliente n', 'n de cliente',
  // en
  'order', 'invoice', 'receipt', 'tracking number', 'shipment', 'parcel', 'case', 'reference',
  'serial', 'model', 'amount', 'price', 'refund', 'coupon', 'zip', 'zip code', 'transaction',
  'confirmation', 'booking', 'reservation', 'policy', 'customer number', 'rma',
  // pt
  'fatura', 'nota fiscal', 'rastreio', 'rastreamento', 'protocolo', 'encomenda', 'chamado', 'valor',
];
