<?php
/*
 * `snipgen verify --sdk php`: runs one snippet file against msgraph-sdk-php's source with the
 * stand-ins beside this file, and prints one JSON line: the requests the SDK asked the recording
 * adapter to send, and the error that stopped the snippet (with its line in the snippet file).
 *
 *   php runner.php <sdk src folder> <snippet file>
 *
 * Warnings, notices and deprecations are errors (thrown where they happen); the snippet file is
 * run under declare(strict_types=1), which the wrapper puts on its first line.
 */
declare(strict_types=1);

error_reporting(E_ALL);
ini_set('display_errors', '0');
ini_set('log_errors', '0');
date_default_timezone_set('UTC');

[, $sdk, $snippetFile] = $argv;
$snippetFile = realpath($snippetFile);

set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

spl_autoload_register(function (string $class) use ($sdk): void {
    if (strncmp($class, 'Microsoft\\Graph\\', 16) !== 0) return;
    $file = $sdk . '/' . str_replace('\\', '/', substr($class, 16)) . '.php';
    if (is_file($file)) require $file;
});

require __DIR__ . '/http.php';
require __DIR__ . '/kiota.php';
require __DIR__ . '/core.php';

$report = ['requests' => [], 'error' => null];
$done = false;

$severityName = function (int $severity): string {
    return match ($severity) {
        E_DEPRECATED, E_USER_DEPRECATED => 'Deprecated',
        E_NOTICE, E_USER_NOTICE => 'Notice',
        E_WARNING, E_USER_WARNING, E_CORE_WARNING, E_COMPILE_WARNING => 'Warning',
        default => 'Fatal error',
    };
};

/** The line in the snippet file where a throwable arose: its own place, else the innermost call from the snippet. */
$snippetLine = function (Throwable $e) use ($snippetFile): int {
    if ($e->getFile() === $snippetFile) return $e->getLine();
    foreach ($e->getTrace() as $frame) {
        if (($frame['file'] ?? null) === $snippetFile) return (int) $frame['line'];
    }
    return 0;
};

$finish = function () use (&$report, &$done): void {
    if ($done) return;
    $done = true;
    $report['requests'] = \Snipgen\Recorder::$requests;
    fwrite(STDOUT, json_encode($report, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE) . "\n");
};

register_shutdown_function(function () use (&$report, $finish, $snippetFile, $severityName): void {
    $last = error_get_last();
    if ($report['error'] === null && $last !== null && in_array($last['type'], [E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_COMPILE_WARNING, E_RECOVERABLE_ERROR], true)) {
        $report['error'] = ['type' => $severityName($last['type']), 'message' => $last['message'], 'line' => $last['file'] === $snippetFile ? $last['line'] : 0];
    }
    $finish();
});

(function () use ($snippetFile, &$report, $snippetLine): void {
    $tokenRequestContext = new \Microsoft\Kiota\Authentication\Oauth\ClientCredentialContext('tenantId', 'clientId', 'clientSecret');
    $scopes = ['https://graph.microsoft.com/.default'];
    try {
        require $snippetFile;
    } catch (Throwable $e) {
        $type = $e instanceof ErrorException ? match ($e->getSeverity()) {
            E_DEPRECATED, E_USER_DEPRECATED => 'Deprecated',
            E_NOTICE, E_USER_NOTICE => 'Notice',
            default => 'Warning',
        } : get_class($e);
        $message = $e->getMessage();
        for ($p = $e->getPrevious(); $p !== null; $p = $p->getPrevious()) $message .= ' (' . get_class($p) . ': ' . $p->getMessage() . ')';
        $report['error'] = ['type' => $type, 'message' => $message, 'line' => $snippetLine($e)];
    }
})();
$finish();
