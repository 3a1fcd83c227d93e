<?php
/*
 * Stand-ins for microsoftgraph/msgraph-sdk-php-core, written for `snipgen verify --sdk php` after
 * its public signatures. BaseGraphRequestAdapter is the recording request adapter: every request
 * the SDK asks it to send is recorded (method, URL expanded from its template, headers, body) and
 * answered with a fulfilled promise; a request counts as sent once its promise is waited on.
 */
declare(strict_types=1);

namespace Snipgen {
    use Microsoft\Kiota\Abstractions\RequestInformation;

    /** RFC 6570 expansion for the operators kiota's templates use: none, `+`, `?`, `&`. */
    final class UriTemplate
    {
        public static function expand(string $template, array $values): string
        {
            return preg_replace_callback('/\{([+?&]?)([^}]+)\}/', function (array $m) use ($values): string {
                $op = $m[1];
                $parts = [];
                foreach (explode(',', $m[2]) as $name) {
                    if (!array_key_exists($name, $values) || $values[$name] === null) continue;
                    $text = self::value($values[$name], $op === '+');
                    $parts[] = $op === '?' || $op === '&' ? "$name=$text" : $text;
                }
                if ($parts === []) return '';
                return match ($op) { '?' => '?' . implode('&', $parts), '&' => '&' . implode('&', $parts), default => implode(',', $parts) };
            }, $template);
        }

        private static function value($value, bool $reserved): string
        {
            if (is_array($value)) return implode(',', array_map(fn ($v) => self::value($v, $reserved), $value));
            if (is_bool($value)) $value = $value ? 'true' : 'false';
            elseif ($value instanceof \DateTimeInterface) $value = $value->format(\DateTimeInterface::ATOM);
            elseif ($value instanceof \Microsoft\Kiota\Abstractions\Enum) $value = $value->value();
            elseif (is_object($value) && method_exists($value, '__toString')) $value = (string) $value;
            elseif (!is_scalar($value)) throw new \InvalidArgumentException('a URL template value of type ' . get_debug_type($value));
            $encoded = rawurlencode((string) $value);
            // reserved expansion keeps the reserved characters and percent-encoded triplets
            return $reserved ? preg_replace_callback('/%(2[1-9A-F]|3[ABDF]|40|5B|5D)/i', fn ($x) => rawurldecode($x[0]), $encoded) : $encoded;
        }
    }

    final class Recorder
    {
        /** @var list<array<string, mixed>> */
        public static array $requests = [];

        public static function record(RequestInformation $info): callable
        {
            $url = $info->getUri();
            // graph-core's UrlReplaceHandler: `me()` is `users/{id}` with this token
            $url = preg_replace('#/users/me-token-to-replace(?=[/?]|$)#', '/me', $url);
            $body = null;
            $kind = null;
            if ($info->content !== null) {
                $body = (string) $info->content;
                $kind = $info->content instanceof \GuzzleHttp\Psr7\Stream && str_contains(implode(',', $info->getHeaders()->get('Content-Type')), 'json') ? 'json' : 'stream';
            }
            $i = count(self::$requests);
            self::$requests[] = ['method' => $info->httpMethod, 'url' => $url, 'headers' => $info->getHeaders()->getAll(), 'body' => $body, 'bodyKind' => $kind, 'waited' => false];
            return function () use ($i): void { self::$requests[$i]['waited'] = true; };
        }
    }
}

namespace Microsoft\Graph\Core {
    use Http\Promise\FulfilledPromise;
    use Http\Promise\Promise;
    use Microsoft\Graph\Core\Middleware\Option\GraphTelemetryOption;
    use Microsoft\Kiota\Abstractions\Authentication\AuthenticationProvider;
    use Microsoft\Kiota\Abstractions\RequestAdapter;
    use Microsoft\Kiota\Abstractions\RequestInformation;
    use Microsoft\Kiota\Abstractions\Serialization\ParseNodeFactory;
    use Microsoft\Kiota\Abstractions\Serialization\SerializationWriterFactory;
    use Microsoft\Kiota\Abstractions\Store\BackingStoreFactory;
    use Microsoft\Kiota\Serialization\Json\JsonSerializationWriterFactory;
    use Snipgen\Recorder;

    final class NationalCloud
    {
        const GLOBAL = 'https://graph.microsoft.com';
        const US_GOV = 'https://graph.microsoft.us';
        const US_DOD = 'https://dod-graph.microsoft.us';
        const CHINA = 'https://microsoftgraph.chinacloudapi.cn';
    }

    class BaseGraphRequestAdapter implements RequestAdapter
    {
        private string $baseUrl = '';
        private SerializationWriterFactory $serializationWriterFactory;
        public function __construct(
            ?GraphTelemetryOption $graphTelemetryOption = null,
            ?AuthenticationProvider $authenticationProvider = null,
            ?ParseNodeFactory $parseNodeFactory = null,
            ?SerializationWriterFactory $serializationWriterFactory = null,
            ?\GuzzleHttp\Client $guzzleClient = null
        ) {
            $this->serializationWriterFactory = $serializationWriterFactory ?? new JsonSerializationWriterFactory();
        }
        private function send(RequestInformation $requestInfo): Promise { return new FulfilledPromise(null, Recorder::record($requestInfo)); }
        public function sendAsync(RequestInformation $requestInfo, array $targetCallable, ?array $errorMappings = null): Promise { return $this->send($requestInfo); }
        public function getSerializationWriterFactory(): SerializationWriterFactory { return $this->serializationWriterFactory; }
        public function getParseNodeFactory(): ParseNodeFactory { throw new \LogicException('snipgen verify parses no responses'); }
        public function sendCollectionAsync(RequestInformation $requestInfo, array $targetCallable, ?array $errorMappings = null): Promise { return $this->send($requestInfo); }
        public function sendPrimitiveAsync(RequestInformation $requestInfo, string $primitiveType, ?array $errorMappings = null): Promise { return $this->send($requestInfo); }
        public function sendPrimitiveCollectionAsync(RequestInformation $requestInfo, string $primitiveType, ?array $errorMappings = null): Promise { return $this->send($requestInfo); }
        public function sendNoContentAsync(RequestInformation $requestInfo, ?array $errorMappings = null): Promise { return $this->send($requestInfo); }
        public function enableBackingStore(BackingStoreFactory $backingStoreFactory): void {}
        public function setBaseUrl(string $baseUrl): void { $this->baseUrl = $baseUrl; }
        public function getBaseUrl(): string { return $this->baseUrl; }
        public function convertToNative(RequestInformation $requestInfo): Promise { return new FulfilledPromise($requestInfo); }
    }
}

namespace Microsoft\Graph\Core\Middleware\Option {
    use Microsoft\Kiota\Abstractions\RequestOption;

    class GraphTelemetryOption implements RequestOption
    {
        public function __construct(private string $apiVersion = 'v1.0', private string $serviceLibraryVersion = '') {}
    }
}

namespace Microsoft\Graph\Core\Authentication {
    use Http\Promise\FulfilledPromise;
    use Http\Promise\Promise;
    use Microsoft\Graph\Core\NationalCloud;
    use Microsoft\Kiota\Abstractions\Authentication\AuthenticationProvider;
    use Microsoft\Kiota\Abstractions\RequestInformation;
    use Microsoft\Kiota\Authentication\Oauth\TokenRequestContext;

    class GraphPhpLeagueAccessTokenProvider
    {
        public function __construct(TokenRequestContext $tokenRequestContext, array $scopes = [], string $nationalCloud = NationalCloud::GLOBAL) {}
    }

    class GraphPhpLeagueAuthenticationProvider implements AuthenticationProvider
    {
        public function __construct(TokenRequestContext $tokenRequestContext, array $scopes = [], string $nationalCloud = NationalCloud::GLOBAL) {}
        public static function createWithAccessTokenProvider(GraphPhpLeagueAccessTokenProvider $accessTokenProvider): self
        {
            $self = (new \ReflectionClass(self::class))->newInstanceWithoutConstructor();
            return $self;
        }
        public function authenticateRequest(RequestInformation $request, array $additionalAuthenticationContext = []): Promise { return new FulfilledPromise(null); }
    }
}

namespace Microsoft\Graph\Core\Requests {
    use Microsoft\Kiota\Abstractions\RequestAdapter;

    class BaseBatchRequestBuilder
    {
        public function __construct(RequestAdapter $requestAdapter, array $errorMappings = []) {}
    }
}
