<?php
/*
 * Stand-ins for the HTTP libraries msgraph-sdk-php's generated code touches, written for
 * `snipgen verify --sdk php` after the public signatures of php-http/promise (Http\Promise),
 * psr/http-message (Psr\Http\Message\StreamInterface) and guzzlehttp/psr7 (Utils::streamFor).
 * Only what a snippet and the generated builders call; nothing is sent anywhere.
 */
declare(strict_types=1);

namespace Psr\Http\Message {
    interface StreamInterface
    {
        public function __toString(): string;
        public function close(): void;
        public function detach();
        public function getSize(): ?int;
        public function tell(): int;
        public function eof(): bool;
        public function isSeekable(): bool;
        public function seek(int $offset, int $whence = SEEK_SET): void;
        public function rewind(): void;
        public function isWritable(): bool;
        public function write(string $string): int;
        public function isReadable(): bool;
        public function read(int $length): string;
        public function getContents(): string;
        public function getMetadata(?string $key = null);
    }
}

namespace Http\Promise {
    interface Promise
    {
        const PENDING = 'pending';
        const FULFILLED = 'fulfilled';
        const REJECTED = 'rejected';
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null);
        public function getState();
        public function wait($unwrap = true);
    }

    class FulfilledPromise implements Promise
    {
        /** @var mixed */
        private $result;
        /** @var callable|null called once, when the promise is first waited on */
        private $onWait;
        public function __construct($result, ?callable $onWait = null)
        {
            $this->result = $result;
            $this->onWait = $onWait;
        }
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null)
        {
            $this->waited();
            return $onFulfilled === null ? $this : new FulfilledPromise($onFulfilled($this->result));
        }
        public function getState()
        {
            return Promise::FULFILLED;
        }
        public function wait($unwrap = true)
        {
            $this->waited();
            return $unwrap ? $this->result : null;
        }
        private function waited(): void
        {
            if ($this->onWait !== null) {
                ($this->onWait)();
                $this->onWait = null;
            }
        }
    }
}

namespace GuzzleHttp\Psr7 {
    use Psr\Http\Message\StreamInterface;

    final class Stream implements StreamInterface
    {
        private string $data;
        private int $position = 0;
        public function __construct(string $data)
        {
            $this->data = $data;
        }
        public function __toString(): string { return $this->data; }
        public function close(): void {}
        public function detach() { return null; }
        public function getSize(): ?int { return strlen($this->data); }
        public function tell(): int { return $this->position; }
        public function eof(): bool { return $this->position >= strlen($this->data); }
        public function isSeekable(): bool { return true; }
        public function seek(int $offset, int $whence = SEEK_SET): void { $this->position = $offset; }
        public function rewind(): void { $this->position = 0; }
        public function isWritable(): bool { return true; }
        public function write(string $string): int { $this->data .= $string; return strlen($string); }
        public function isReadable(): bool { return true; }
        public function read(int $length): string { $s = substr($this->data, $this->position, $length); $this->position += strlen($s); return $s; }
        public function getContents(): string { $s = substr($this->data, $this->position); $this->position = strlen($this->data); return $s; }
        public function getMetadata(?string $key = null) { return $key === null ? [] : null; }
    }

    final class Utils
    {
        /** @param resource|string|int|float|bool|StreamInterface|callable|\Iterator|null $resource */
        public static function streamFor($resource = '', array $options = []): StreamInterface
        {
            if ($resource instanceof StreamInterface) return $resource;
            if (is_scalar($resource) || $resource === null) return new Stream((string) $resource);
            if (is_resource($resource)) return new Stream((string) stream_get_contents($resource));
            throw new \InvalidArgumentException('Invalid resource type: ' . gettype($resource));
        }
    }
}

namespace GuzzleHttp {
    class Client
    {
        public function __construct(array $config = []) {}
    }
}
