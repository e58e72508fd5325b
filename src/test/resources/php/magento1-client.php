<?php
// A Magento 1 API client as OrderFlow's PHP-side peers write it: PHP's SoapClient built from a WSDL,
// then login, orderflowInventoryMultiUpdate and endSession. Run by Magento1IT:
//   php magento1-client.php <wsdl file> <rpc|wsi> <user> <api key> <message id> <sku> <qty> <seq>
// Prints one JSON object: the session id, the push's result and the endSession answer. Any SOAP
// fault or error ends it with exit code 1 and the fault on stderr.
if ($argc !== 9) {
    fwrite(STDERR, "usage: php magento1-client.php <wsdl> <rpc|wsi> <user> <key> <message id> <sku> <qty> <seq>\n");
    exit(2);
}
[, $wsdl, $style, $user, $key, $messageId, $sku, $qty, $seq] = $argv;

try {
    $client = new SoapClient($wsdl, ['trace' => true, 'cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true]);
    if ($style === 'wsi') {
        // Document/literal (WS-I): one parameter object per call, the answer's value in ->result.
        $session = $client->login(['username' => $user, 'apiKey' => $key])->result;
        $result = $client->orderflowInventoryMultiUpdate([
            'sessionId' => $session,
            'skusQty' => ['complexObjectArray' => [['key' => $sku, 'value' => $qty]]],
            'skusSeqId' => ['complexObjectArray' => [['key' => $sku, 'value' => $seq]]],
            'messageSeqId' => $messageId,
        ])->result;
        $ended = $client->endSession(['sessionId' => $session])->result;
    } else {
        // rpc/encoded: positional parameters, the return value itself.
        $session = $client->login($user, $key);
        $result = $client->orderflowInventoryMultiUpdate($session, [['key' => $sku, 'value' => $qty]],
            [['key' => $sku, 'value' => $seq]], $messageId);
        $ended = $client->endSession($session);
    }
    echo json_encode(['session' => $session, 'result' => $result, 'ended' => $ended]), "\n";
} catch (SoapFault $f) {
    fwrite(STDERR, "SoapFault " . $f->faultcode . ": " . $f->getMessage() . "\n");
    if (isset($client)) {
        fwrite(STDERR, "request: " . $client->__getLastRequest() . "\nresponse: " . $client->__getLastResponse() . "\n");
    }
    exit(1);
}
