<?php
/*
 * Stand-ins for the kiota libraries msgraph-sdk-php's generated code touches, written for
 * `snipgen verify --sdk php` after the public signatures of microsoft/kiota-abstractions-php,
 * kiota-serialization-json-php and kiota-authentication-phpleague. The JSON writer builds the
 * body as the real one writes it (null values left out, enums by their value, date-times in
 * RFC 3339, additional data through writeAnyValue); nothing is sent anywhere.
 */
declare(strict_types=1);

namespace Microsoft\Kiota\Abstractions\Serialization {
    use Microsoft\Kiota\Abstractions\Enum;
    use Microsoft\Kiota\Abstractions\Types\Date;
    use Microsoft\Kiota\Abstractions\Types\Time;
    use Psr\Http\Message\StreamInterface;

    interface ParseNode
    {
        public function getChildNode(string $identifier): ?ParseNode;
    }

    interface SerializationWriter
    {
        public function writeStringValue(?string $key, ?string $value): void;
        public function writeBooleanValue(?string $key, ?bool $value): void;
        public function writeFloatValue(?string $key, ?float $value): void;
        public function writeIntegerValue(?string $key, ?int $value): void;
        public function writeDateTimeValue(?string $key, ?\DateTime $value): void;
        public function writeDateValue(?string $key, ?Date $value): void;
        public function writeTimeValue(?string $key, ?Time $value): void;
        public function writeDateIntervalValue(?string $key, ?\DateInterval $value): void;
        public function writeCollectionOfObjectValues(?string $key, ?array $values): void;
        public function writeObjectValue(?string $key, ?Parsable $value, ?Parsable ...$additionalValuesToMerge): void;
        public function getSerializedContent(): StreamInterface;
        public function writeEnumValue(?string $key, ?Enum $value): void;
        public function writeCollectionOfEnumValues(?string $key, ?array $values): void;
        public function writeNullValue(?string $key): void;
        public function writeAdditionalData(?array $value): void;
        public function writeCollectionOfPrimitiveValues(?string $key, ?array $value): void;
        public function writeAnyValue(?string $key, $value): void;
        public function writeBinaryContent(?string $key, ?StreamInterface $value): void;
    }

    interface Parsable
    {
        public function getFieldDeserializers(): array;
        public function serialize(SerializationWriter $writer): void;
    }

    interface AdditionalDataHolder
    {
        public function getAdditionalData(): ?array;
        public function setAdditionalData(?array $value): void;
    }

    interface SerializationWriterFactory
    {
        public function getSerializationWriter(string $contentType): SerializationWriter;
        public function getValidContentType(): string;
    }

    interface ParseNodeFactory
    {
        public function getRootParseNode(string $contentType, StreamInterface $rawResponse): ParseNode;
        public function getValidContentType(): string;
    }
}

namespace Microsoft\Kiota\Abstractions\Store {
    interface BackingStore
    {
        public function get(string $key);
        public function set(string $key, $value): void;
        public function enumerate(): array;
        public function setIsInitializationCompleted(bool $value): void;
        public function getIsInitializationCompleted(): bool;
        public function setReturnOnlyChangedValues(bool $result): void;
        public function getReturnOnlyChangedValues(): bool;
    }

    interface BackedModel
    {
        public function getBackingStore(): ?BackingStore;
    }

    interface BackingStoreFactory
    {
        public function createBackingStore(): BackingStore;
    }

    class InMemoryBackingStore implements BackingStore
    {
        private array $store = [];
        private bool $initializationCompleted = true;
        private bool $returnOnlyChangedValues = false;
        public function get(string $key) { return $this->store[$key] ?? null; }
        public function set(string $key, $value): void { $this->store[$key] = $value; }
        public function enumerate(): array { return $this->store; }
        public function setIsInitializationCompleted(bool $value): void { $this->initializationCompleted = $value; }
        public function getIsInitializationCompleted(): bool { return $this->initializationCompleted; }
        public function setReturnOnlyChangedValues(bool $result): void { $this->returnOnlyChangedValues = $result; }
        public function getReturnOnlyChangedValues(): bool { return $this->returnOnlyChangedValues; }
    }

    class InMemoryBackingStoreFactory implements BackingStoreFactory
    {
        public function createBackingStore(): BackingStore { return new InMemoryBackingStore(); }
    }

    class BackingStoreFactorySingleton
    {
        private static ?BackingStoreFactory $instance = null;
        public static function getInstance(): BackingStoreFactory
        {
            return self::$instance ??= new InMemoryBackingStoreFactory();
        }
    }
}

namespace Microsoft\Kiota\Abstractions\Types {
    class Date
    {
        private \DateTime $dateTime;
        public function __construct(string $dateString)
        {
            $this->dateTime = new \DateTime($dateString);
        }
        public static function createFrom(int $year, int $month, int $day): Date
        {
            return new Date(sprintf('%04d-%02d-%02d', $year, $month, $day));
        }
        public static function createFromDateTime(\DateTime $dateTime): Date
        {
            return new Date($dateTime->format('Y-m-d'));
        }
        public function __toString(): string { return $this->dateTime->format('Y-m-d'); }
    }

    class Time
    {
        private \DateTime $dateTime;
        public function __construct(string $timeString)
        {
            $this->dateTime = new \DateTime($timeString);
        }
        public static function createFrom(int $hour, int $minute = 0, int $second = 0): Time
        {
            return new Time(sprintf('%02d:%02d:%02d', $hour, $minute, $second));
        }
        public static function createFromDateTime(\DateTime $dateTime): Time
        {
            return new Time($dateTime->format('H:i:s'));
        }
        public function __toString(): string { return $this->dateTime->format('H:i:s'); }
    }

    class TypeUtils
    {
        private const PRIMITIVES = ['string' => 'is_string', 'int' => 'is_int', 'bool' => 'is_bool', 'float' => 'is_float'];

        public static function validateCollectionValues(?array $values, string $type): void
        {
            foreach ($values ?? [] as $value) {
                $ok = isset(self::PRIMITIVES[$type])
                    ? (self::PRIMITIVES[$type])($value) || ($type === 'float' && is_int($value))
                    : is_a($value, $type);
                if (!$ok) throw new \UnexpectedValueException("Collection must contain values of type $type, " . get_debug_type($value) . ' found');
            }
        }
    }
}

namespace Microsoft\Kiota\Abstractions\Authentication {
    use Http\Promise\Promise;
    use Microsoft\Kiota\Abstractions\RequestInformation;

    interface AuthenticationProvider
    {
        public function authenticateRequest(RequestInformation $request, array $additionalAuthenticationContext = []): Promise;
    }
}

namespace Microsoft\Kiota\Authentication\Oauth {
    interface TokenRequestContext
    {
        public function getParams(): array;
        public function getGrantType(): string;
        public function getTenantId(): string;
    }

    class ClientCredentialContext implements TokenRequestContext
    {
        public function __construct(private string $tenantId, private string $clientId, private string $clientSecret, private array $additionalParams = []) {}
        public function getParams(): array { return ['client_id' => $this->clientId, 'client_secret' => $this->clientSecret, 'grant_type' => $this->getGrantType()] + $this->additionalParams; }
        public function getGrantType(): string { return 'client_credentials'; }
        public function getTenantId(): string { return $this->tenantId; }
    }
}

namespace Microsoft\Kiota\Abstractions {
    use Http\Promise\Promise;
    use Microsoft\Kiota\Abstractions\Serialization\Parsable;
    use Microsoft\Kiota\Abstractions\Serialization\ParseNodeFactory;
    use Microsoft\Kiota\Abstractions\Serialization\SerializationWriterFactory;
    use Microsoft\Kiota\Abstractions\Store\BackingStoreFactory;
    use Psr\Http\Message\StreamInterface;

    interface RequestOption {}

    class QueryParameter
    {
        public function __construct(public string $name = '') {}
    }

    class HttpMethod
    {
        public const GET = 'GET';
        public const POST = 'POST';
        public const PATCH = 'PATCH';
        public const DELETE = 'DELETE';
        public const OPTIONS = 'OPTIONS';
        public const CONNECT = 'CONNECT';
        public const PUT = 'PUT';
        public const TRACE = 'TRACE';
        public const HEAD = 'HEAD';
    }

    class ApiException extends \Exception {}

    class ApiClientBuilder
    {
        public static function registerDefaultSerializer(string $serializationWriterFactoryClass): void {}
        public static function registerDefaultDeserializer(string $parseNodeFactoryClass): void {}
    }

    abstract class Enum
    {
        private string $_value;
        public function __construct(string $value)
        {
            foreach (explode(',', $value) as $component) {
                if (!static::has($component)) throw new \InvalidArgumentException("Invalid enum value $value");
            }
            $this->_value = $value;
        }
        public static function has($value): bool
        {
            if (!is_string($value)) throw new \InvalidArgumentException('The value is expected to be a string type.');
            return in_array(strtolower($value), array_map(fn ($item) => strtolower(strval($item)), static::toArray()), true);
        }
        public function is($value): bool { return $this->_value === $value; }
        public static function toArray(): array { return (new \ReflectionClass(static::class))->getConstants(); }
        public function value(): string { return $this->_value; }
    }

    abstract class BaseRequestConfiguration
    {
        /** @var array<string, array<string>|string> */
        public array $headers = [];
        /** @var array<RequestOption> */
        public array $options = [];
        public function __construct(array $headers = [], array $options = [])
        {
            $this->headers = $headers;
            $this->options = $options;
        }
    }

    abstract class BaseRequestBuilder
    {
        protected array $pathParameters = [];
        protected RequestAdapter $requestAdapter;
        protected string $urlTemplate = '';
        protected function __construct(RequestAdapter $requestAdapter, array $pathParameters = [], string $urlTemplate = '')
        {
            $this->requestAdapter = $requestAdapter;
            $this->pathParameters = $pathParameters;
            $this->urlTemplate = $urlTemplate;
        }
    }

    class RequestHeaders
    {
        /** @var array<string, array<string, true>> lower-cased name → values */
        private array $headers = [];
        public function add(string $key, string $value): void { $this->headers[strtolower($key)][$value] = true; }
        public function tryAdd(string $key, string $value): bool
        {
            if (isset($this->headers[strtolower($key)])) return false;
            $this->add($key, $value);
            return true;
        }
        public function putAll(array $headers): void
        {
            foreach ($headers as $key => $value) {
                foreach (is_array($value) ? $value : [$value] as $v) $this->add((string) $key, $v);
            }
        }
        public function get(string $key): array { return array_keys($this->headers[strtolower($key)] ?? []); }
        public function remove(string $key): void { unset($this->headers[strtolower($key)]); }
        public function clear(): void { $this->headers = []; }
        public function contains(string $key): bool { return isset($this->headers[strtolower($key)]); }
        /** @return array<string, array<string>> */
        public function getAll(): array { return array_map('array_keys', $this->headers); }
    }

    class RequestInformation
    {
        public static string $RAW_URL_KEY = 'request-raw-url';
        public string $urlTemplate;
        public array $pathParameters = [];
        private string $uri = '';
        public string $httpMethod;
        public array $queryParameters = [];
        private RequestHeaders $headers;
        public ?StreamInterface $content = null;
        private array $requestOptions = [];
        public static string $contentTypeHeader = 'Content-Type';

        public function __construct()
        {
            $this->headers = new RequestHeaders();
        }

        public function getUri(): string
        {
            if ($this->uri !== '') return $this->uri;
            if (is_string($this->pathParameters[self::$RAW_URL_KEY] ?? null)) return $this->pathParameters[self::$RAW_URL_KEY];
            if (stripos($this->urlTemplate, '{+baseurl}') !== false && !isset($this->pathParameters['baseurl'])) {
                throw new \InvalidArgumentException('"PathParameters must contain a value for "baseurl" for the url to be built.');
            }
            return \Snipgen\UriTemplate::expand($this->urlTemplate, array_merge($this->pathParameters, $this->queryParameters));
        }

        public function setUri(string $uri): void
        {
            if ($uri === '') throw new \InvalidArgumentException('$uri cannot be empty.');
            $this->uri = $uri;
            $this->queryParameters = [];
            $this->pathParameters = [];
        }

        public function getRequestOptions(): array { return $this->requestOptions; }
        public function addRequestOptions(RequestOption ...$options): void
        {
            foreach ($options as $option) $this->requestOptions[get_class($option)] = $option;
        }
        public function removeRequestOptions(RequestOption ...$options): void
        {
            foreach ($options as $option) unset($this->requestOptions[get_class($option)]);
        }

        public function setStreamContent(StreamInterface $value, string $contentType = 'application/octet-stream'): void
        {
            if (trim($contentType) === '') $contentType = 'application/octet-stream';
            $this->content = $value;
            $this->headers->tryAdd(self::$contentTypeHeader, $contentType);
        }

        public function setContentFromParsable(RequestAdapter $requestAdapter, string $contentType, ?Parsable $value): void
        {
            try {
                $writer = $requestAdapter->getSerializationWriterFactory()->getSerializationWriter($contentType);
                $writer->writeObjectValue(null, $value);
                $this->headers->tryAdd(self::$contentTypeHeader, $contentType);
                $this->content = $writer->getSerializedContent();
            } catch (\Exception $exception) {
                throw new \RuntimeException('could not serialize payload.', 1, $exception);
            }
        }

        public function setContentFromParsableCollection(RequestAdapter $requestAdapter, string $contentType, ?array $values): void
        {
            try {
                $writer = $requestAdapter->getSerializationWriterFactory()->getSerializationWriter($contentType);
                $writer->writeCollectionOfObjectValues(null, $values);
                $this->headers->tryAdd(self::$contentTypeHeader, $contentType);
                $this->content = $writer->getSerializedContent();
            } catch (\Exception $exception) {
                throw new \RuntimeException('could not serialize payload.', 1, $exception);
            }
        }

        /** Reads each property's `@QueryParameter("…")` name, as kiota's annotation reader does; falsy values are not sent. */
        public function setQueryParameters(?object $queryParameters): void
        {
            if (!$queryParameters) return;
            $class = new \ReflectionClass($queryParameters);
            foreach ($class->getProperties() as $property) {
                $value = $property->getValue($queryParameters);
                if (!$value) continue;
                $name = preg_match('/@QueryParameter\("([^"]+)"\)/', (string) $property->getDocComment(), $m) ? $m[1] : $property->getName();
                $this->queryParameters[$name] = $value;
            }
            // properties a snippet created (deprecated in PHP 8.2, an error here) never reach the URL
        }

        public function setPathParameters(array $pathParameters): void { $this->pathParameters = $pathParameters; }
        public function addHeaders(array $headers): void { $this->headers->putAll($headers); }
        public function getHeaders(): RequestHeaders { return $this->headers; }
        public function setHeaders(array $headers): void { $this->headers->clear(); $this->addHeaders($headers); }
        public function removeHeader(string $key): void { $this->headers->remove($key); }
        public function addHeader(string $key, string $value): void { $this->headers->add($key, $value); }
        public function tryAddHeader(string $key, string $value): bool { return $this->headers->tryAdd($key, $value); }
    }

    interface RequestAdapter
    {
        public function sendAsync(RequestInformation $requestInfo, array $targetCallable, ?array $errorMappings = null): Promise;
        public function getSerializationWriterFactory(): SerializationWriterFactory;
        public function getParseNodeFactory(): ParseNodeFactory;
        public function sendCollectionAsync(RequestInformation $requestInfo, array $targetCallable, ?array $errorMappings = null): Promise;
        public function sendPrimitiveAsync(RequestInformation $requestInfo, string $primitiveType, ?array $errorMappings = null): Promise;
        public function sendPrimitiveCollectionAsync(RequestInformation $requestInfo, string $primitiveType, ?array $errorMappings = null): Promise;
        public function sendNoContentAsync(RequestInformation $requestInfo, ?array $errorMappings = null): Promise;
        public function enableBackingStore(BackingStoreFactory $backingStoreFactory): void;
        public function setBaseUrl(string $baseUrl): void;
        public function getBaseUrl(): string;
        public function convertToNative(RequestInformation $requestInfo): Promise;
    }
}

namespace Microsoft\Kiota\Serialization\Json {
    use GuzzleHttp\Psr7\Utils;
    use Microsoft\Kiota\Abstractions\Enum;
    use Microsoft\Kiota\Abstractions\Serialization\AdditionalDataHolder;
    use Microsoft\Kiota\Abstractions\Serialization\Parsable;
    use Microsoft\Kiota\Abstractions\Serialization\SerializationWriter;
    use Microsoft\Kiota\Abstractions\Serialization\SerializationWriterFactory;
    use Microsoft\Kiota\Abstractions\Types\Date;
    use Microsoft\Kiota\Abstractions\Types\Time;
    use Psr\Http\Message\StreamInterface;

    class JsonSerializationWriter implements SerializationWriter
    {
        /** @var array<int, array{0: ?string, 1: \stdClass|array}> the objects and arrays being written, innermost last */
        private array $stack = [];
        /** @var mixed the finished root value */
        private $root = null;
        private bool $written = false;

        private function put(?string $key, $value): void
        {
            if ($this->stack === []) {
                $this->root = $value;
                $this->written = true;
                return;
            }
            $top = count($this->stack) - 1;
            if ($this->stack[$top][1] instanceof \stdClass) {
                if ($key === null) throw new \LogicException('a value without a key inside an object');
                $this->stack[$top][1]->{$key} = $value;
            } else {
                $this->stack[$top][1][] = $value;
            }
        }

        /** Writes into a new object or array, then puts it under $key. */
        private function nested(?string $key, $container, callable $body): void
        {
            $this->stack[] = [$key, $container];
            $body();
            [, $done] = array_pop($this->stack);
            $this->put($key, $done);
        }

        public function writeStringValue(?string $key, ?string $value): void { if ($value !== null) $this->put($key, $value); }
        public function writeBooleanValue(?string $key, ?bool $value): void { if ($value !== null) $this->put($key, $value); }
        public function writeFloatValue(?string $key, ?float $value): void { if ($value !== null) $this->put($key, $value); }
        public function writeIntegerValue(?string $key, ?int $value): void { if ($value !== null) $this->put($key, $value); }
        public function writeDateTimeValue(?string $key, ?\DateTime $value): void { if ($value !== null) $this->put($key, $value->format(\DateTimeInterface::RFC3339)); }
        public function writeDateValue(?string $key, ?Date $value): void { if ($value !== null) $this->put($key, (string) $value); }
        public function writeTimeValue(?string $key, ?Time $value): void { if ($value !== null) $this->put($key, (string) $value); }
        public function writeDateIntervalValue(?string $key, ?\DateInterval $value): void
        {
            if ($value === null) return;
            $date = ($value->y ? "{$value->y}Y" : '') . ($value->m ? "{$value->m}M" : '') . ($value->d ? "{$value->d}D" : '');
            $time = ($value->h ? "{$value->h}H" : '') . ($value->i ? "{$value->i}M" : '') . ($value->s ? "{$value->s}S" : '');
            $this->put($key, ($value->invert ? '-' : '') . 'P' . $date . ($time !== '' ? "T$time" : ($date === '' ? 'T0S' : '')));
        }
        public function writeEnumValue(?string $key, ?Enum $value): void { if ($value !== null) $this->put($key, $value->value()); }
        public function writeCollectionOfEnumValues(?string $key, ?array $values): void
        {
            if ($values === null) return;
            $this->nested($key, [], function () use ($values) {
                foreach ($values as $v) $this->writeEnumValue(null, $v);
            });
        }
        public function writeNullValue(?string $key): void { $this->put($key, null); }
        public function writeCollectionOfObjectValues(?string $key, ?array $values): void
        {
            if ($values === null) return;
            $this->nested($key, [], function () use ($values) {
                foreach ($values as $v) $this->writeObjectValue(null, $v);
            });
        }
        public function writeCollectionOfPrimitiveValues(?string $key, ?array $value): void
        {
            if ($value === null) return;
            $this->nested($key, [], function () use ($value) {
                foreach ($value as $v) $this->writeAnyValue(null, $v);
            });
        }
        public function writeObjectValue(?string $key, ?Parsable $value, ?Parsable ...$additionalValuesToMerge): void
        {
            if ($value === null && $additionalValuesToMerge === []) return;
            $this->nested($key, new \stdClass(), function () use ($value, $additionalValuesToMerge) {
                $value?->serialize($this);
                foreach ($additionalValuesToMerge as $other) $other?->serialize($this);
            });
        }
        public function writeAdditionalData(?array $value): void
        {
            if ($value === null) return;
            foreach ($value as $k => $v) $this->writeAnyValue((string) $k, $v);
        }
        public function writeBinaryContent(?string $key, ?StreamInterface $value): void
        {
            if ($value !== null) $this->put($key, base64_encode((string) $value));
        }
        public function writeAnyValue(?string $key, $value): void
        {
            if ($value === null) { $this->writeNullValue($key); return; }
            if (is_string($value) || is_bool($value) || is_int($value) || is_float($value)) { $this->put($key, $value); return; }
            if ($value instanceof Parsable) { $this->writeObjectValue($key, $value); return; }
            if ($value instanceof Enum) { $this->writeEnumValue($key, $value); return; }
            if ($value instanceof \DateTime) { $this->writeDateTimeValue($key, $value); return; }
            if ($value instanceof Date) { $this->writeDateValue($key, $value); return; }
            if ($value instanceof Time) { $this->writeTimeValue($key, $value); return; }
            if ($value instanceof \DateInterval) { $this->writeDateIntervalValue($key, $value); return; }
            if ($value instanceof StreamInterface) { $this->writeBinaryContent($key, $value); return; }
            if (is_array($value)) {
                if (array_is_list($value)) {
                    $this->nested($key, [], function () use ($value) { foreach ($value as $v) $this->writeAnyValue(null, $v); });
                } else {
                    $this->nested($key, new \stdClass(), function () use ($value) { foreach ($value as $k => $v) $this->writeAnyValue((string) $k, $v); });
                }
                return;
            }
            if (is_object($value)) {
                $this->nested($key, new \stdClass(), function () use ($value) { foreach (get_object_vars($value) as $k => $v) $this->writeAnyValue((string) $k, $v); });
                return;
            }
            throw new \RuntimeException('Could not serialize the object of type ' . gettype($value));
        }
        public function getSerializedContent(): StreamInterface
        {
            return Utils::streamFor($this->written ? json_encode($this->root, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR) : '');
        }
    }

    class JsonSerializationWriterFactory implements SerializationWriterFactory
    {
        public function getSerializationWriter(string $contentType): SerializationWriter
        {
            if (strtolower($contentType) !== $this->getValidContentType()) throw new \InvalidArgumentException("expected a {$this->getValidContentType()} content type");
            return new JsonSerializationWriter();
        }
        public function getValidContentType(): string { return 'application/json'; }
    }
}
