import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(5763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 3044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
var fs = __nccwpck_require__(9896);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var zlib = __nccwpck_require__(3106);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var errorMonitor = (__nccwpck_require__(4434).errorMonitor);
var crc32 = __nccwpck_require__(4928);

exports.u = ZipFile;
__webpack_unused_export__ = dateToDosDateTime;

util.inherits(ZipFile, EventEmitter);
function ZipFile() {
  this.outputStream = new PassThrough();
  this.entries = [];
  this.outputStreamCursor = 0;
  this.ended = false; // .end() sets this
  this.allDone = false; // set when we've written the last bytes
  this.forceZip64Eocd = false; // configurable in .end()
  this.errored = false;
  this.on(errorMonitor, function() {
    this.errored = true;
  });
}

ZipFile.prototype.addFile = function(realPath, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (options == null) options = {};

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  fs.stat(realPath, function(err, stats) {
    if (err) return self.emit("error", err);
    if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
    entry.uncompressedSize = stats.size;
    if (options.mtime == null) entry.setLastModDate(stats.mtime);
    if (options.mode == null) entry.setFileAttributesMode(stats.mode);
    entry.setFileDataPumpFunction(function() {
      var readStream = fs.createReadStream(realPath);
      entry.state = Entry.FILE_DATA_IN_PROGRESS;
      readStream.on("error", function(err) {
        self.emit("error", err);
      });
      pumpFileDataReadStream(self, entry, readStream);
    });
    pumpEntries(self);
  });
};

ZipFile.prototype.addReadStream = function(readStream, metadataPath, options) {
  this.addReadStreamLazy(metadataPath, options, function(cb) {
    cb(null, readStream);
  });
};

ZipFile.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
  var self = this;
  if (typeof options === "function") {
    getReadStreamFunction = options;
    options = null;
  }
  if (options == null) options = {};
  metadataPath = validateMetadataPath(metadataPath, false);

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    entry.state = Entry.FILE_DATA_IN_PROGRESS;
    getReadStreamFunction(function(err, readStream) {
      if (err) return self.emit("error", err);
      pumpFileDataReadStream(self, entry, readStream);
    });
  });
  pumpEntries(self);
};

ZipFile.prototype.addBuffer = function(buffer, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (buffer.length > 0x3fffffff) throw new Error("buffer too large: " + buffer.length + " > " + 0x3fffffff);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  entry.uncompressedSize = buffer.length;
  entry.crc32 = crc32.unsigned(buffer);
  entry.crcAndFileSizeKnown = true;
  self.entries.push(entry);
  if (entry.compressionLevel === 0) {
    setCompressedBuffer(buffer);
  } else {
    zlib.deflateRaw(buffer, {level:entry.compressionLevel}, function(err, compressedBuffer) {
      setCompressedBuffer(compressedBuffer);
    });
  }
  function setCompressedBuffer(compressedBuffer) {
    entry.compressedSize = compressedBuffer.length;
    entry.setFileDataPumpFunction(function() {
      writeToOutputStream(self, compressedBuffer);
      writeToOutputStream(self, entry.getDataDescriptor());
      entry.state = Entry.FILE_DATA_DONE;

      // don't call pumpEntries() recursively.
      // (also, don't call process.nextTick recursively.)
      setImmediate(function() {
        pumpEntries(self);
      });
    });
    pumpEntries(self);
  }
};

ZipFile.prototype.addEmptyDirectory = function(metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, true);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");
  if (options.compress != null) throw new Error("options.compress not allowed");
  if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, true, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
  pumpEntries(self);
};

var eocdrSignatureBuffer = bufferFrom([0x50, 0x4b, 0x05, 0x06]);

ZipFile.prototype.end = function(options, calculatedTotalSizeCallback) {
  if (typeof options === "function") {
    calculatedTotalSizeCallback = options;
    options = null;
  }
  if (options == null) options = {};
  if (this.ended) return;
  this.ended = true;
  if (this.errored) return;
  this.calculatedTotalSizeCallback = calculatedTotalSizeCallback;
  this.forceZip64Eocd = !!options.forceZip64Format;
  if (options.comment) {
    if (typeof options.comment === "string") {
      this.comment = encodeCp437(options.comment);
    } else {
      // It should be a Buffer
      this.comment = options.comment;
    }
    if (this.comment.length > 0xffff) throw new Error("comment is too large");
    // gotta check for this, because the zipfile format is actually ambiguous.
    if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
  } else {
    // no comment.
    this.comment = EMPTY_BUFFER;
  }
  pumpEntries(this);
};

function writeToOutputStream(self, buffer) {
  self.outputStream.write(buffer);
  self.outputStreamCursor += buffer.length;
}

function pumpFileDataReadStream(self, entry, readStream) {
  var crc32Watcher = new Crc32Watcher();
  var uncompressedSizeCounter = new ByteCounter();
  var compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({level:entry.compressionLevel}) : new PassThrough();
  var compressedSizeCounter = new ByteCounter();
  readStream.pipe(crc32Watcher)
            .pipe(uncompressedSizeCounter)
            .pipe(compressor)
            .pipe(compressedSizeCounter)
            .pipe(self.outputStream, {end: false});
  compressedSizeCounter.on("end", function() {
    entry.crc32 = crc32Watcher.crc32;
    if (entry.uncompressedSize == null) {
      entry.uncompressedSize = uncompressedSizeCounter.byteCount;
    } else {
      if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
    }
    entry.compressedSize = compressedSizeCounter.byteCount;
    self.outputStreamCursor += entry.compressedSize;
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
}

function determineCompressionLevel(options) {
  if (options.compress != null && options.compressionLevel != null) {
    if (!!options.compress !== !!options.compressionLevel) throw new Error("conflicting settings for compress and compressionLevel");
  }
  if (options.compressionLevel != null) return options.compressionLevel;
  if (options.compress === false) return 0;
  return 6;
}

function pumpEntries(self) {
  if (self.allDone || self.errored) return;
  // first check if calculatedTotalSize is finally known
  if (self.ended && self.calculatedTotalSizeCallback != null) {
    var calculatedTotalSize = calculateTotalSize(self);
    if (calculatedTotalSize != null) {
      // we have an answer
      self.calculatedTotalSizeCallback(calculatedTotalSize);
      self.calculatedTotalSizeCallback = null;
    }
  }

  // pump entries
  var entry = getFirstNotDoneEntry();
  function getFirstNotDoneEntry() {
    for (var i = 0; i < self.entries.length; i++) {
      var entry = self.entries[i];
      if (entry.state < Entry.FILE_DATA_DONE) return entry;
    }
    return null;
  }
  if (entry != null) {
    // this entry is not done yet
    if (entry.state < Entry.READY_TO_PUMP_FILE_DATA) return; // input file not open yet
    if (entry.state === Entry.FILE_DATA_IN_PROGRESS) return; // we'll get there
    // start with local file header
    entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
    var localFileHeader = entry.getLocalFileHeader();
    writeToOutputStream(self, localFileHeader);
    entry.doFileDataPump();
  } else {
    // all cought up on writing entries
    if (self.ended) {
      // head for the exit
      self.offsetOfStartOfCentralDirectory = self.outputStreamCursor;
      self.entries.forEach(function(entry) {
        var centralDirectoryRecord = entry.getCentralDirectoryRecord();
        writeToOutputStream(self, centralDirectoryRecord);
      });
      writeToOutputStream(self, getEndOfCentralDirectoryRecord(self));
      self.outputStream.end();
      self.allDone = true;
    }
  }
}

function calculateTotalSize(self) {
  var pretendOutputCursor = 0;
  var centralDirectorySize = 0;
  for (var i = 0; i < self.entries.length; i++) {
    var entry = self.entries[i];
    // compression is too hard to predict
    if (entry.compressionLevel !== 0) return -1;
    if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
      // if addReadStream was called without providing the size, we can't predict the total size
      if (entry.uncompressedSize == null) return -1;
    } else {
      // if we're still waiting for fs.stat, we might learn the size someday
      if (entry.uncompressedSize == null) return null;
    }
    // we know this for sure, and this is important to know if we need ZIP64 format.
    entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
    var useZip64Format = entry.useZip64Format();

    pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length;
    pretendOutputCursor += entry.uncompressedSize;
    if (!entry.crcAndFileSizeKnown) {
      // use a data descriptor
      if (useZip64Format) {
        pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE;
      } else {
        pretendOutputCursor += DATA_DESCRIPTOR_SIZE;
      }
    }

    centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length;
    if (!entry.forceDosTimestamp) {
      centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE;
    }
    if (useZip64Format) {
      centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE;
    }
  }

  var endOfCentralDirectorySize = 0;
  if (self.forceZip64Eocd ||
      self.entries.length >= 0xffff ||
      centralDirectorySize >= 0xffff ||
      pretendOutputCursor >= 0xffffffff) {
    // use zip64 end of central directory stuff
    endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE;
  }
  endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length;
  return pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
}

function shouldIgnoreAdding(self) {
  if (self.ended) throw new Error("cannot add entries after calling end()");
  if (self.errored) return true;
  return false;
}

var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56;
var ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20;
var END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
  var needZip64Format = false;
  var normalEntriesLength = self.entries.length;
  if (self.forceZip64Eocd || self.entries.length >= 0xffff) {
    normalEntriesLength = 0xffff;
    needZip64Format = true;
  }
  var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory;
  var normalSizeOfCentralDirectory = sizeOfCentralDirectory;
  if (self.forceZip64Eocd || sizeOfCentralDirectory >= 0xffffffff) {
    normalSizeOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
  if (self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 0xffffffff) {
    normalOffsetOfStartOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  if (actuallyJustTellMeHowLongItWouldBe) {
    if (needZip64Format) {
      return (
        ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE +
        ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE +
        END_OF_CENTRAL_DIRECTORY_RECORD_SIZE
      );
    } else {
      return END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
    }
  }

  var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
  // end of central dir signature                       4 bytes  (0x06054b50)
  eocdrBuffer.writeUInt32LE(0x06054b50, 0);
  // number of this disk                                2 bytes
  eocdrBuffer.writeUInt16LE(0, 4);
  // number of the disk with the start of the central directory  2 bytes
  eocdrBuffer.writeUInt16LE(0, 6);
  // total number of entries in the central directory on this disk  2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 8);
  // total number of entries in the central directory   2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 10);
  // size of the central directory                      4 bytes
  eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12);
  // offset of start of central directory with respect to the starting disk number  4 bytes
  eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16);
  // .ZIP file comment length                           2 bytes
  eocdrBuffer.writeUInt16LE(self.comment.length, 20);
  // .ZIP file comment                                  (variable size)
  self.comment.copy(eocdrBuffer, 22);

  if (!needZip64Format) return eocdrBuffer;

  // ZIP64 format
  // ZIP64 End of Central Directory Record
  var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
  // zip64 end of central dir signature                                             4 bytes  (0x06064b50)
  zip64EocdrBuffer.writeUInt32LE(0x06064b50, 0);
  // size of zip64 end of central directory record                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4);
  // version made by                                                                2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12);
  // version needed to extract                                                      2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14);
  // number of this disk                                                            4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 16);
  // number of the disk with the start of the central directory                     4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 20);
  // total number of entries in the central directory on this disk                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24);
  // total number of entries in the central directory                               8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32);
  // size of the central directory                                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40);
  // offset of start of central directory with respect to the starting disk number  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
  // zip64 extensible data sector                                                   (variable size)
  // nothing in the zip64 extensible data sector


  // ZIP64 End of Central Directory Locator
  var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
  // zip64 end of central dir locator signature                               4 bytes  (0x07064b50)
  zip64EocdlBuffer.writeUInt32LE(0x07064b50, 0);
  // number of the disk with the start of the zip64 end of central directory  4 bytes
  zip64EocdlBuffer.writeUInt32LE(0, 4);
  // relative offset of the zip64 end of central directory record             8 bytes
  writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8);
  // total number of disks                                                    4 bytes
  zip64EocdlBuffer.writeUInt32LE(1, 16);


  return Buffer.concat([
    zip64EocdrBuffer,
    zip64EocdlBuffer,
    eocdrBuffer,
  ]);
}

function validateMetadataPath(metadataPath, isDirectory) {
  if (metadataPath === "") throw new Error("empty metadataPath");
  metadataPath = metadataPath.replace(/\\/g, "/");
  if (/^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
  if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
  var looksLikeDirectory = /\/$/.test(metadataPath);
  if (isDirectory) {
    // append a trailing '/' if necessary.
    if (!looksLikeDirectory) metadataPath += "/";
  } else {
    if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
  }
  return metadataPath;
}

var EMPTY_BUFFER = bufferAlloc(0);

// this class is not part of the public API
function Entry(metadataPath, isDirectory, options) {
  this.utf8FileName = bufferFrom(metadataPath);
  if (this.utf8FileName.length > 0xffff) throw new Error("utf8 file name too long. " + utf8FileName.length + " > " + 0xffff);
  this.isDirectory = isDirectory;
  this.state = Entry.WAITING_FOR_METADATA;
  this.setLastModDate(options.mtime != null ? options.mtime : new Date());
  this.forceDosTimestamp = !!options.forceDosTimestamp;
  if (options.mode != null) {
    this.setFileAttributesMode(options.mode);
  } else {
    this.setFileAttributesMode(isDirectory ? 0o40775 : 0o100664);
  }
  if (isDirectory) {
    this.crcAndFileSizeKnown = true;
    this.crc32 = 0;
    this.uncompressedSize = 0;
    this.compressedSize = 0;
  } else {
    // unknown so far
    this.crcAndFileSizeKnown = false;
    this.crc32 = null;
    this.uncompressedSize = null;
    this.compressedSize = null;
    if (options.size != null) this.uncompressedSize = options.size;
  }
  if (isDirectory) {
    this.compressionLevel = 0;
  } else {
    this.compressionLevel = determineCompressionLevel(options);
  }
  this.forceZip64Format = !!options.forceZip64Format;
  if (options.fileComment) {
    if (typeof options.fileComment === "string") {
      this.fileComment = bufferFrom(options.fileComment, "utf-8");
    } else {
      // It should be a Buffer
      this.fileComment = options.fileComment;
    }
    if (this.fileComment.length > 0xffff) throw new Error("fileComment is too large");
  } else {
    // no comment.
    this.fileComment = EMPTY_BUFFER;
  }
}
Entry.WAITING_FOR_METADATA = 0;
Entry.READY_TO_PUMP_FILE_DATA = 1;
Entry.FILE_DATA_IN_PROGRESS = 2;
Entry.FILE_DATA_DONE = 3;
Entry.prototype.setLastModDate = function(date) {
  this.mtime = date;
  var dosDateTime = dateToDosDateTime(date);
  this.lastModFileTime = dosDateTime.time;
  this.lastModFileDate = dosDateTime.date;
};
Entry.prototype.setFileAttributesMode = function(mode) {
  if ((mode & 0xffff) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= " + 0xffff);
  // http://unix.stackexchange.com/questions/14705/the-zip-formats-external-file-attribute/14727#14727
  this.externalFileAttributes = (mode << 16) >>> 0;
};
// doFileDataPump() should not call pumpEntries() directly. see issue #9.
Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
  this.doFileDataPump = doFileDataPump;
  this.state = Entry.READY_TO_PUMP_FILE_DATA;
};
Entry.prototype.useZip64Format = function() {
  return (
    (this.forceZip64Format) ||
    (this.uncompressedSize != null && this.uncompressedSize > 0xfffffffe) ||
    (this.compressedSize != null && this.compressedSize > 0xfffffffe) ||
    (this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 0xfffffffe)
  );
}
var LOCAL_FILE_HEADER_FIXED_SIZE = 30;
var VERSION_NEEDED_TO_EXTRACT_UTF8 = 20;
var VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45;
// 3 = unix. 63 = spec version 6.3
var VERSION_MADE_BY = (3 << 8) | 63;
var FILE_NAME_IS_UTF8 = 1 << 11;
var UNKNOWN_CRC32_AND_FILE_SIZES = 1 << 3;
Entry.prototype.getLocalFileHeader = function() {
  var crc32 = 0;
  var compressedSize = 0;
  var uncompressedSize = 0;
  if (this.crcAndFileSizeKnown) {
    crc32 = this.crc32;
    compressedSize = this.compressedSize;
    uncompressedSize = this.uncompressedSize;
  }

  var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  // local file header signature     4 bytes  (0x04034b50)
  fixedSizeStuff.writeUInt32LE(0x04034b50, 0);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(crc32, 14);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(compressedSize, 18);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(uncompressedSize, 22);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(0, 28);
  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    // no extra fields
  ]);
};
var DATA_DESCRIPTOR_SIZE = 16;
var ZIP64_DATA_DESCRIPTOR_SIZE = 24;
Entry.prototype.getDataDescriptor = function() {
  if (this.crcAndFileSizeKnown) {
    // the Mac Archive Utility requires this not be present unless we set general purpose bit 3
    return EMPTY_BUFFER;
  }
  if (!this.useZip64Format()) {
    var buffer = bufferAlloc(DATA_DESCRIPTOR_SIZE);
    // optional signature (required according to Archive Utility)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 4 bytes
    buffer.writeUInt32LE(this.compressedSize, 8);
    // uncompressed size               4 bytes
    buffer.writeUInt32LE(this.uncompressedSize, 12);
    return buffer;
  } else {
    // ZIP64 format
    var buffer = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
    // optional signature (unknown if anyone cares about this)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 8 bytes
    writeUInt64LE(buffer, this.compressedSize, 8);
    // uncompressed size               8 bytes
    writeUInt64LE(buffer, this.uncompressedSize, 16);
    return buffer;
  }
};
var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46;
var INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9;
var ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
Entry.prototype.getCentralDirectoryRecord = function() {
  var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  var izutefBuffer = EMPTY_BUFFER;
  if (!this.forceDosTimestamp) {
    // Here is one specification for this: https://commons.apache.org/proper/commons-compress/apidocs/org/apache/commons/compress/archivers/zip/X5455_ExtendedTimestamp.html
    // See also the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
    izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE);
    // 0x5455        Short       tag for this extra block type ("UT")
    izutefBuffer.writeUInt16LE(0x5455, 0);
    // TSize         Short       total data size for this block
    izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
    // See Info-ZIP source code zip.h for these constant values:
    var EB_UT_FL_MTIME = (1 << 0);
    var EB_UT_FL_ATIME = (1 << 1);
    // Note that we set the atime flag despite not providing the atime field.
    // The central directory version of this extra field is specified to never contain the atime field even when the flag is set.
    // We set it to match the Info-ZIP behavior in order to minimize incompatibility with zip file readers that may have rigid input expectations.
    // Flags         Byte        info bits
    izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
    // (ModTime)     Long        time of last modification (UTC/GMT)
    var timestamp = Math.floor(this.mtime.getTime() / 1000);
    if (timestamp < -0x80000000) timestamp = -0x80000000; // 1901-12-13T20:45:52.000Z
    if (timestamp >  0x7fffffff) timestamp =  0x7fffffff; // 2038-01-19T03:14:07.000Z
    izutefBuffer.writeUInt32LE(timestamp, 5);
  }

  var normalCompressedSize = this.compressedSize;
  var normalUncompressedSize = this.uncompressedSize;
  var normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader;
  var versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8;
  var zeiefBuffer = EMPTY_BUFFER;
  if (this.useZip64Format()) {
    normalCompressedSize = 0xffffffff;
    normalUncompressedSize = 0xffffffff;
    normalRelativeOffsetOfLocalHeader = 0xffffffff;
    versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64;

    // ZIP64 extended information extra field
    zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
    // 0x0001                  2 bytes    Tag for this "extra" block type
    zeiefBuffer.writeUInt16LE(0x0001, 0);
    // Size                    2 bytes    Size of this "extra" block
    zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2);
    // Original Size           8 bytes    Original uncompressed file size
    writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4);
    // Compressed Size         8 bytes    Size of compressed data
    writeUInt64LE(zeiefBuffer, this.compressedSize, 12);
    // Relative Header Offset  8 bytes    Offset of local header record
    writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20);
    // Disk Start Number       4 bytes    Number of the disk on which this file starts
    // (omit)
  }

  // central file header signature   4 bytes  (0x02014b50)
  fixedSizeStuff.writeUInt32LE(0x02014b50, 0);
  // version made by                 2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(this.crc32, 16);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30);
  // file comment length             2 bytes
  fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32);
  // disk number start               2 bytes
  fixedSizeStuff.writeUInt16LE(0, 34);
  // internal file attributes        2 bytes
  fixedSizeStuff.writeUInt16LE(0, 36);
  // external file attributes        4 bytes
  fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38);
  // relative offset of local header 4 bytes
  fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42);

  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    izutefBuffer,
    zeiefBuffer,
    // file comment (variable size)
    this.fileComment,
  ]);
};
Entry.prototype.getCompressionMethod = function() {
  var NO_COMPRESSION = 0;
  var DEFLATE_COMPRESSION = 8;
  return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
};

// These are intentionally computed in the current system timezone
// to match how the DOS encoding operates in this library.
var minDosDate = new Date(1980, 0, 1);
var maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
function dateToDosDateTime(jsDate) {
  // Clamp out of bounds timestamps.
  if (jsDate < minDosDate) jsDate = minDosDate;
  else if (jsDate > maxDosDate) jsDate = maxDosDate;

  var date = 0;
  date |= jsDate.getDate() & 0x1f; // 1-31
  date |= ((jsDate.getMonth() + 1) & 0xf) << 5; // 0-11, 1-12
  date |= ((jsDate.getFullYear() - 1980) & 0x7f) << 9; // 0-128, 1980-2108

  var time = 0;
  time |= Math.floor(jsDate.getSeconds() / 2); // 0-59, 0-29 (lose odd numbers)
  time |= (jsDate.getMinutes() & 0x3f) << 5; // 0-59
  time |= (jsDate.getHours() & 0x1f) << 11; // 0-23

  return {date: date, time: time};
}

function writeUInt64LE(buffer, n, offset) {
  // can't use bitshift here, because JavaScript only allows bitshifting on 32-bit integers.
  var high = Math.floor(n / 0x100000000);
  var low = n % 0x100000000;
  buffer.writeUInt32LE(low, offset);
  buffer.writeUInt32LE(high, offset + 4);
}

function defaultCallback(err) {
  if (err) throw err;
}

util.inherits(ByteCounter, Transform);
function ByteCounter(options) {
  Transform.call(this, options);
  this.byteCount = 0;
}
ByteCounter.prototype._transform = function(chunk, encoding, cb) {
  this.byteCount += chunk.length;
  cb(null, chunk);
};

util.inherits(Crc32Watcher, Transform);
function Crc32Watcher(options) {
  Transform.call(this, options);
  this.crc32 = 0;
}
Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
  this.crc32 = crc32.unsigned(chunk, this.crc32);
  cb(null, chunk);
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
if (cp437.length !== 256) throw new Error("assertion failure");
var reverseCp437 = null;

function encodeCp437(string) {
  if (/^[\x20-\x7e]*$/.test(string)) {
    // CP437, ASCII, and UTF-8 overlap in this range.
    return bufferFrom(string, "utf-8");
  }

  // This is the slow path.
  if (reverseCp437 == null) {
    // cache this once
    reverseCp437 = {};
    for (var i = 0; i < cp437.length; i++) {
      reverseCp437[cp437[i]] = i;
    }
  }

  var result = bufferAlloc(string.length);
  for (var i = 0; i < string.length; i++) {
    var b = reverseCp437[string[i]];
    if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
    result[i] = b;
  }

  return result;
}

function bufferAlloc(size) {
  bufferAlloc = modern;
  try {
    return bufferAlloc(size);
  } catch (e) {
    bufferAlloc = legacy;
    return bufferAlloc(size);
  }
  function modern(size) {
    return Buffer.allocUnsafe(size);
  }
  function legacy(size) {
    return new Buffer(size);
  }
}
function bufferFrom(something, encoding) {
  bufferFrom = modern;
  try {
    return bufferFrom(something, encoding);
  } catch (e) {
    bufferFrom = legacy;
    return bufferFrom(something, encoding);
  }
  function modern(something, encoding) {
    return Buffer.from(something, encoding);
  }
  function legacy(something, encoding) {
    return new Buffer(something, encoding);
  }
}
function bufferIncludes(buffer, content) {
  bufferIncludes = modern;
  try {
    return bufferIncludes(buffer, content);
  } catch (e) {
    bufferIncludes = legacy;
    return bufferIncludes(buffer, content);
  }
  function modern(buffer, content) {
    return buffer.includes(content);
  }
  function legacy(buffer, content) {
    for (var i = 0; i <= buffer.length - content.length; i++) {
      for (var j = 0;; j++) {
        if (j === content.length) return true;
        if (buffer[i + j] !== content[j]) break;
      }
    }
    return false;
  }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 4928:
/***/ ((module) => {



function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

const CRC_TABLE = new Int32Array([
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
]);
function ensureBuffer(input) {
  if (Buffer.isBuffer(input)) {
    return input;
  }
  if (typeof input === "number") {
    return Buffer.alloc(input);
  } else if (typeof input === "string") {
    return Buffer.from(input);
  } else {
    throw new Error("input must be buffer, number, or string, received " + typeof input);
  }
}
function bufferizeInt(num) {
  const tmp = ensureBuffer(4);
  tmp.writeInt32BE(num, 0);
  return tmp;
}
function _crc32(buf, previous) {
  buf = ensureBuffer(buf);
  if (Buffer.isBuffer(previous)) {
    previous = previous.readUInt32BE(0);
  }
  let crc = ~~previous ^ -1;
  for (var n = 0; n < buf.length; n++) {
    crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
  }
  return crc ^ -1;
}
function crc32() {
  return bufferizeInt(_crc32.apply(null, arguments));
}
crc32.signed = function() {
  return _crc32.apply(null, arguments);
};
crc32.unsigned = function() {
  return _crc32.apply(null, arguments) >>> 0;
};
var bufferCrc32 = crc32;

const index = /*@__PURE__*/getDefaultExportFromCjs(bufferCrc32);

module.exports = index;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/config.ts
// Knobs read from the environment, all in one place. Tests and benchmarks set them to shrink
// waits; users never need to (action.yml does not mention them).
const DEFAULT_SETTLE_MS = 1000;
const DEFAULT_MAX_WAIT_MS = 300_000;
/** Multipart threshold and part size: upstream's parts may be up to 5 GiB, we keep them at 100 MiB. */
const MULTIPART_MIB = 100;
/** The background task recomputing a multipart file's MD5 usually runs within seconds. */
const DEFAULT_CHECKSUM_WAIT_MS = 300_000;
function positive(value) {
    const n = Number(value);
    return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}
function nonNegative(value) {
    const n = Number(value);
    return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}
function readKnobs(env = process.env) {
    return {
        retryBaseMs: positive(env.ZENODO_UPLOAD_RETRY_BASE_MS),
        idleTimeoutMs: positive(env.ZENODO_UPLOAD_IDLE_TIMEOUT_MS),
        progressIntervalMs: positive(env.ZENODO_UPLOAD_PROGRESS_INTERVAL_MS) ?? 10_000,
        settleMs: nonNegative(env.ZENODO_UPLOAD_SETTLE_MS) ?? DEFAULT_SETTLE_MS,
        maxWaitMs: positive(env.ZENODO_UPLOAD_MAX_WAIT_MS) ?? DEFAULT_MAX_WAIT_MS,
        multipartBytes: Math.ceil(Math.min(positive(env.ZENODO_UPLOAD_MULTIPART_MIB) ?? MULTIPART_MIB, MULTIPART_MIB) * 2 ** 20),
        checksumWaitMs: nonNegative(env.ZENODO_UPLOAD_CHECKSUM_WAIT_MS) ?? DEFAULT_CHECKSUM_WAIT_MS
    };
}

;// CONCATENATED MODULE: ./src/github/context.ts
// The GitHub context, read from the runner's environment (no @actions/github needed).
/** Undefined when GITHUB_REPOSITORY is unset, i.e. not running under GitHub Actions. */
function readGitHubContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY?.trim();
    if (!repository)
        return undefined;
    const serverUrl = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    const ref = env.GITHUB_REF?.trim() ?? '';
    const sha = env.GITHUB_SHA?.trim() ?? '';
    let refType = 'other';
    let refName = env.GITHUB_REF_NAME?.trim() ?? '';
    if (ref.startsWith('refs/tags/')) {
        refType = 'tag';
        refName = ref.slice('refs/tags/'.length);
    }
    else if (ref.startsWith('refs/heads/')) {
        refType = 'branch';
        refName = ref.slice('refs/heads/'.length);
    }
    else if (!ref && (env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF_TYPE === 'branch')) {
        refType = env.GITHUB_REF_TYPE;
    }
    return { serverUrl, repository, ref, sha, refType, refName };
}
/** 'v1.2.0' for refs/tags/v1.2.0; undefined for branches and other refs. */
function tagName(ctx) {
    return ctx?.refType === 'tag' && ctx.refName ? ctx.refName : undefined;
}
/**
 * The tree URL Zenodo's GitHub integration links (`…/tree/<tag>`). Branches use the branch
 * name; other refs (pull-request merge refs such as `1/merge`) have no tree page, so the
 * commit sha is used for them.
 */
function treeUrl(ctx) {
    const target = ctx.refType === 'other' ? ctx.sha || ctx.refName : ctx.refName || ctx.sha;
    // '#' and '%' are legal in ref names but would break the URL.
    const path = target.replace(/%/g, '%25').replace(/#/g, '%23');
    return `${ctx.serverUrl}/${ctx.repository}/tree/${path}`;
}

;// CONCATENATED MODULE: ./src/identity.ts
// The one place that decides whether a draft or record belongs to this run.
//
// A run's identity is the repository at the ref (the tag, usually) plus an optional `dataset`
// key, for several datasets archived from one tag. It is written at creation as a
// related identifier, `isSupplementTo` the repository's tree at the ref: the link that Zenodo's
// own GitHub integration writes too. A dataset key goes into that link's query string
// (`…/tree/v1?dataset=figures`), which edits of the title, description or creators on Zenodo
// leave alone. Titles are not part of the identity: they change for good reasons.

function identityFor(github, dataset) {
    const key = dataset?.trim() || undefined;
    const tree = treeUrl(github);
    return {
        marker: key === undefined ? tree : `${tree}?dataset=${encodeURIComponent(key)}`,
        label: `${github.repository}@${github.refName || github.sha}${key === undefined ? '' : ` (dataset ${key})`}`,
        dataset: key,
        repositoryPrefix: `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}/tree/`
    };
}
/** The related identifier that carries the identity. */
function markerIdentifier(identity) {
    return { identifier: identity.marker, relation: 'isSupplementTo', resource_type: 'software', scheme: 'url' };
}
function sameUrl(a, b) {
    if (typeof a !== 'string')
        return false;
    const norm = (s) => s.trim().replace(/\/+$/, '');
    return norm(a) === norm(b);
}
function identifiers(metadata) {
    const list = metadata?.related_identifiers;
    return Array.isArray(list) ? list : [];
}
function identifierOf(entry) {
    return entry !== null && typeof entry === 'object' ? entry.identifier : undefined;
}
/** The repository links of this metadata that are markers: `isSupplementTo` links only. */
function markers(metadata) {
    return identifiers(metadata).flatMap((r) => {
        const id = identifierOf(r);
        const relation = r !== null && typeof r === 'object' ? r.relation : undefined;
        return typeof id === 'string' && typeof relation === 'string' && relation.toLowerCase() === 'issupplementto'
            ? [id]
            : [];
    });
}
/** True when the metadata carries exactly this identity's marker (another dataset's is not it). */
function carriesMarker(identity, metadata) {
    return markers(metadata).some((id) => sameUrl(id, identity.marker));
}
/**
 * Another marker of this repository (another ref's, or another dataset's) that the metadata
 * carries, when it does not carry this identity's: such a draft is another run's to fill.
 */
function foreignMarker(identity, metadata) {
    if (carriesMarker(identity, metadata))
        return undefined;
    return markers(metadata).find((id) => id.startsWith(identity.repositoryPrefix));
}
/** True for a draft or record, in any state, that belongs to this identity. */
function belongs(identity, record) {
    return carriesMarker(identity, record.metadata);
}
/**
 * The related identifiers with this identity's marker in place of any other marker of this
 * repository: a new version inherits the previous tag's link, and keeping it would make a re-run
 * of that tag take this version for its own.
 */
function withMarker(identity, list) {
    const kept = list.filter((r) => {
        const id = identifierOf(r);
        const relation = r !== null && typeof r === 'object' ? r.relation : undefined;
        return !(typeof id === 'string' &&
            relation === 'isSupplementTo' &&
            id.startsWith(identity.repositoryPrefix) &&
            !sameUrl(id, identity.marker));
    });
    return kept.some((r) => sameUrl(identifierOf(r), identity.marker)) ? kept : [...kept, markerIdentifier(identity)];
}
/** The search query that lets the server filter by the marker (Zenodo maps `related.identifier`). */
function markerQuery(identity) {
    return `related.identifier:"${identity.marker.replace(/["\\]/g, '\\$&')}"`;
}
function createdMs(record) {
    const t = Date.parse(record.created ?? '');
    return Number.isNaN(t) ? Infinity : t;
}
function compareIds(a, b) {
    if (/^\d+$/.test(a) && /^\d+$/.test(b))
        return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The tie-break between concurrent runs: of this identity's drafts, the one the server created
 * first wins (its `created` time, then the lower id). Every run computes the same winner.
 */
function earliest(drafts) {
    return [...drafts].sort((a, b) => createdMs(a) - createdMs(b) || compareIds(a.id, b.id))[0];
}
/**
 * Drafts that this run's own create request may have made, after the request failed without an
 * answer: this identity's new drafts, created at or after `since` (the server's clock, its Date
 * header, as it last answered before the request; never the runner's clock), with the title and
 * the run's nonce that the request sent. The Date header counts whole seconds, and a concurrent
 * run of the same workflow sends the same title: only the nonce tells its draft apart.
 */
function madeSince(identity, drafts, since, title, nonce) {
    return drafts.filter((d) => {
        const t = createdMs(d);
        return (d.state === 'draft' &&
            d.conceptDoi === undefined &&
            belongs(identity, d) &&
            // Zenodo stores the title trimmed.
            d.title.trim() === title.trim() &&
            typeof d.metadata.notes === 'string' &&
            d.metadata.notes.includes(nonce) &&
            Number.isFinite(t) &&
            t >= since);
    });
}

;// CONCATENATED MODULE: ./src/log.ts
// The run's log. Text from outside (file names, metadata, server messages) is data: the runner
// must never read it as a workflow command, so no line we print may begin with `::` (the runner
// trims leading white space first) or contain `##[` (the old command syntax, found anywhere).
// Control characters are shown escaped, so a name cannot start a new line either.

// C0 and C1 control characters and DEL, but not tab and newline (our own line breaks).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Shows control characters as \uXXXX, for names and values that are printed. */
function escapeControl(text) {
    return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** One value from outside on one line: newlines and other control characters escaped. */
function oneLine(text) {
    return escapeControl(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}
const secrets = new Set();
/**
 * A value that must never be printed (the token). The runner masks registered secrets too, but
 * only in its own log: server text that echoes the token also reaches the summary and outputs.
 */
function addSecret(value) {
    if (value.length >= 4)
        secrets.add(value);
}
/** The text with every registered secret, also percent-encoded, replaced by ***. */
function redact(text) {
    let out = text;
    for (const s of secrets) {
        out = out.split(s).join('***');
        const encoded = encodeURIComponent(s);
        if (encoded !== s)
            out = out.split(encoded).join('***');
    }
    return out;
}
/** Makes every line of a message safe to print: no line can be taken for a workflow command. */
function neutralize(message) {
    return escapeControl(redact(message).replace(/\r\n?/g, '\n'))
        .split('\n')
        .map((line) => {
        // A zero-width space is not white space to the runner, so the line no longer starts with `::`.
        const safe = line.replace(/##\[/g, '##\u200b[');
        return /^\s*::/.test(safe) ? `\u200b${safe}` : safe;
    })
        .join('\n');
}
/** The runner's log through @actions/core. Annotations are escaped by core itself; info is not. */
const log = {
    info: (message) => info(neutralize(message)),
    warning: (message) => warning(neutralize(message)),
    debug: (message) => core_debug(neutralize(message))
};
function log_group(name, fn) {
    return group(neutralize(name), fn);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/zenodo/errors.ts
// Zenodo errors turned into messages a person can act on. The envelope is flask-resources'
// `{status, message, errors: [{field, messages}]}` (inveniosoftware/flask-resources `errors.py`).
/** A non-2xx answer from Zenodo. `message` is already the human-readable one. */
class ZenodoApiError extends Error {
    status;
    method;
    url;
    body;
    fieldErrors;
    name = 'ZenodoApiError';
    constructor(message, status, method, url, body, fieldErrors = []) {
        super(message);
        this.status = status;
        this.method = method;
        this.url = url;
        this.body = body;
        this.fieldErrors = fieldErrors;
    }
    /** The same error with a message that adds context (the input to fix, what to do next). */
    reworded(message) {
        return new ZenodoApiError(message, this.status, this.method, this.url, this.body, this.fieldErrors);
    }
}
/** A request that never got an answer: reset, refused, timed out. */
class NetworkError extends Error {
    method;
    url;
    sent;
    code;
    name = 'NetworkError';
    constructor(message, method, url, 
    /** True once any of the request (headers or body) may have reached the server. */
    sent, code) {
        super(message);
        this.method = method;
        this.url = url;
        this.sent = sent;
        this.code = code;
    }
}
function parseErrorBody(body) {
    try {
        const json = JSON.parse(body);
        const errors = [];
        if (Array.isArray(json.errors)) {
            for (const item of json.errors) {
                // Today's items carry `messages` (a list); pre-2023 ones had `message`.
                const messages = Array.isArray(item?.messages)
                    ? item.messages.map(String)
                    : typeof item?.message === 'string'
                        ? [item.message]
                        : [];
                errors.push({ field: String(item?.field ?? ''), messages });
            }
        }
        return { message: typeof json.message === 'string' ? json.message : undefined, errors };
    }
    catch {
        return { errors: [] };
    }
}
/** One line per field: `metadata.creators: Missing data for required field.` */
function formatFieldErrors(errors) {
    return errors.map((e) => `${e.field || '(record)'}: ${e.messages.join(' ')}`).join('\n');
}
/** Builds the message for a failed answer, with a hint for the cases people meet. */
function describeHttpError(status, body, context) {
    const parsed = parseErrorBody(body);
    const serverSays = parsed.message ?? (body.trim().startsWith('<') ? 'an HTML error page (gateway)' : body.trim().slice(0, 200));
    const head = `Zenodo refused ${context.action} (HTTP ${status}: ${serverSays})`;
    const dep = context.depositionId !== undefined ? `deposition ${context.depositionId}` : 'the deposition';
    let hint = '';
    switch (status) {
        case 401:
        case 403:
            hint = context.action.startsWith('making a new version')
                ? `. Zenodo also refuses new versions of a record whose DOI is not a Zenodo DOI. Otherwise: check that the token secret is set, ` +
                    `was made on this server (sandbox and zenodo.org tokens differ), and that you own ${dep}.`
                : parsed.message === 'Bucket is locked for modifications.'
                    ? `. ${cap(dep)} is published, so its files can no longer change; give its id to make a new version.`
                    : `. Zenodo answers "Permission denied." both for a missing, wrong or expired token and for ${dep} belonging to another account. ` +
                        `Check that the token secret is set, was made on this server (sandbox and zenodo.org tokens differ) with the deposit:write and deposit:actions scopes, and that you own ${dep}.`;
            break;
        case 404:
            hint =
                context.depositionId !== undefined
                    ? `. No deposition with id ${context.depositionId} exists on this server, or it is a published record that cannot be changed this way. Check the deposition-id input and server-url/sandbox.`
                    : '';
            break;
        case 410:
            hint = `. ${cap(dep)} was deleted.`;
            break;
        case 413:
            hint = '. The request is larger than the server accepts.';
            break;
        case 415:
            hint = '. Zenodo accepts uploads only with no Content-Type or application/octet-stream.';
            break;
        case 429:
            hint = '. The rate limit was hit and retries did not get through; try again later or lower concurrency.';
            break;
    }
    if (parsed.errors.length > 0) {
        return { message: `${head}${hint}:\n${formatFieldErrors(parsed.errors)}`, errors: parsed.errors };
    }
    return { message: `${head}${hint}`, errors: [] };
}
function cap(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** Removes anything token-like from a URL before it is logged. */
function redactUrl(url) {
    return url.replace(/([?&]access_token=)[^&#]*/gi, '$1***');
}

;// CONCATENATED MODULE: ./src/errors.ts
// Errors say who must act. UserError: the user fixes an input, a file, the metadata or makes a
// decision. ZenodoApiError: the server refused, with its status and field errors. NetworkError:
// the request got no answer. Anything else is a bug, and its stack goes to the debug log.

class UserError extends Error {
    name = 'UserError';
}
/** The run stopped before a write that could have made a second record; nothing of it is left. */
class ConcurrentRunError extends Error {
    name = 'ConcurrentRunError';
}

;// CONCATENATED MODULE: ./src/files/local-file.ts
// A file on the runner's disk that this run uploads, and the errors that concern such files.

/** The matched files cannot be used as they are (no match, a clash, an empty file). */
class FileSearchError extends UserError {
    name = 'FileSearchError';
}
/** The file on disk is missing, unreadable or changed during the upload: retrying will not help. */
class LocalFileError extends UserError {
    name = 'LocalFileError';
}

;// CONCATENATED MODULE: ./src/report/format.ts
// Sizes and durations for people: logs, progress lines and the job summary.
const MiB = 1024 * 1024;
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < MiB)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    if (bytes < 1024 * MiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    return `${(bytes / (1024 * MiB)).toFixed(2)} GiB`;
}
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '?';
    if (seconds < 60)
        return `${Math.round(seconds)} s`;
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds % 60);
    if (m < 60)
        return `${m} min ${s} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}

;// CONCATENATED MODULE: ./src/upload/progress.ts
// Progress lines for long uploads: percent, MiB/s and ETA at an interval, not one per chunk.

const progress_MiB = 1024 * 1024;
/** Returns an onProgress callback that logs at most once per interval. */
function progressLogger(name, size, log, intervalMs, now = Date.now) {
    let start = now();
    let last = start;
    let previous = 0;
    return (sent) => {
        const t = now();
        // A retry starts the file over: rate and ETA count from the new attempt.
        if (sent < previous) {
            start = t;
            last = t;
        }
        previous = sent;
        if (t - last < intervalMs || sent >= size)
            return;
        last = t;
        const seconds = (t - start) / 1000;
        const rate = sent / Math.max(seconds, 1e-3);
        const eta = (size - sent) / Math.max(rate, 1);
        const pct = ((sent / size) * 100).toFixed(0);
        log(`${name}: ${pct}% (${formatBytes(sent)} of ${formatBytes(size)}) at ${(rate / progress_MiB).toFixed(1)} MiB/s, about ${formatDuration(eta)} left`);
    };
}

;// CONCATENATED MODULE: ./src/upload/engine.ts
// Uploads files into a bucket, several at once, and verifies each against the server's MD5.
// A file that never verifies is removed from the draft so it can never be published.



class ChecksumError extends Error {
    name = 'ChecksumError';
}
/** Runs tasks with at most `limit` in flight; keeps going after failures. */
async function pool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
async function uploadOne(repo, draft, file, options) {
    const started = Date.now();
    const onProgress = progressLogger(file.name, file.size, options.log.info, options.progressIntervalMs);
    let lastError = '';
    for (let attempt = 1; attempt <= options.checksumAttempts; attempt++) {
        const result = await repo.upload(draft, file, onProgress);
        if (result.serverMd5 === result.localMd5 && result.size === file.size) {
            const seconds = (Date.now() - started) / 1000;
            options.log.info(`✓ ${file.name} (${formatBytes(file.size)}, md5 ${result.localMd5}) in ${seconds.toFixed(1)} s`);
            return { name: file.name, size: file.size, md5: result.localMd5, status: 'uploaded', seconds };
        }
        lastError =
            `'${file.name}': the MD5 Zenodo computed (${result.serverMd5 || 'none'}, ${result.size} bytes) does not ` +
                `match the file's (${result.localMd5}, ${file.size} bytes)`;
        if (attempt < options.checksumAttempts) {
            options.log.warning(`${lastError}; the bytes were damaged on the way. Uploading it again (attempt ${attempt + 1} of ${options.checksumAttempts}).`);
        }
    }
    // Never leave a corrupt file in a draft that someone might publish.
    try {
        await repo.deleteFile(draft, { key: file.name, size: file.size, md5: '' });
    }
    catch (err) {
        throw new ChecksumError(`${lastError} after ${options.checksumAttempts} attempts, and deleting the corrupt copy failed too ` +
            `(${err.message}). Draft ${draft.id} still holds a corrupt '${file.name}': do not publish it. ` +
            `Re-run the workflow (it replaces the file) or delete the file on Zenodo.`);
    }
    throw new ChecksumError(`${lastError} after ${options.checksumAttempts} attempts. The corrupt copy was deleted from the draft; nothing was published. Re-run the workflow to try again.`);
}
async function uploadAll(repo, draft, files, options) {
    const errors = [];
    const outcomes = await pool(files, options.concurrency, async (file) => {
        try {
            return await uploadOne(repo, draft, file, options);
        }
        catch (caught) {
            // Name the file for local problems; Zenodo errors already do.
            const err = caught instanceof LocalFileError
                ? new LocalFileError(`'${file.relativePath}': ${caught.message}`)
                : caught;
            errors.push(err);
            return { name: file.name, size: file.size, md5: '', status: 'failed', error: err.message };
        }
    });
    return { outcomes, errors };
}

;// CONCATENATED MODULE: ./src/constants.ts
// Input and output names live here once, so action.yml, the parser and the tests agree.
var Inputs;
(function (Inputs) {
    Inputs["Token"] = "token";
    Inputs["Files"] = "files";
    Inputs["DepositionId"] = "deposition-id";
    Inputs["ServerUrl"] = "server-url";
    Inputs["Sandbox"] = "sandbox";
    Inputs["IfNoFilesFound"] = "if-no-files-found";
    Inputs["Concurrency"] = "concurrency";
    Inputs["Publish"] = "publish";
    Inputs["DeleteOldFiles"] = "delete-old-files";
    Inputs["Metadata"] = "metadata";
    Inputs["Version"] = "version";
    Inputs["DryRun"] = "dry-run";
    Inputs["Archive"] = "archive";
    Inputs["Dataset"] = "dataset";
    Inputs["Api"] = "api";
    Inputs["Access"] = "access";
    Inputs["EmbargoUntil"] = "embargo-until";
    Inputs["EmbargoReason"] = "embargo-reason";
})(Inputs || (Inputs = {}));
var Outputs;
(function (Outputs) {
    Outputs["DepositionId"] = "deposition-id";
    Outputs["ConceptId"] = "concept-id";
    Outputs["Doi"] = "doi";
    Outputs["ConceptDoi"] = "concept-doi";
    Outputs["DoiUrl"] = "doi-url";
    Outputs["BucketUrl"] = "bucket-url";
    Outputs["HtmlUrl"] = "html-url";
    Outputs["State"] = "state";
    Outputs["Files"] = "files";
})(Outputs || (Outputs = {}));
var NoFileOptions;
(function (NoFileOptions) {
    /** Fail the run: a pattern that matches nothing is usually a typo or a failed build. */
    NoFileOptions["error"] = "error";
    NoFileOptions["warn"] = "warn";
    NoFileOptions["ignore"] = "ignore";
})(NoFileOptions || (NoFileOptions = {}));
const ZENODO_URL = 'https://zenodo.org';
const SANDBOX_URL = 'https://sandbox.zenodo.org';
/** Zenodo's per-record limits (zenodo/zenodo-rdm `invenio.cfg`: RDM_FILES_DEFAULT_QUOTA_SIZE, RDM_RECORDS_MAX_FILES_COUNT). */
const MAX_FILES = 100;
const QUOTA_BYTES = 50e9;
const MAX_KEY_LENGTH = 255;
/** Kept equal to package.json's version by a test; sent in the User-Agent. */
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/metadata/types.ts
// Deposition metadata in Zenodo's legacy deposit format (the `.zenodo.json` format).

/**
 * A metadata problem the user has to fix. The message names the file (or input) and the
 * line or field, and says what to do. `fieldPath` is set when the problem is tied to one
 * field of a parsed document, so a loader that still has the source can add line:column.
 */
class types_MetadataError extends UserError {
    name = 'MetadataError';
    fieldPath;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.fieldPath = options.fieldPath;
    }
}
/** A plain (JSON-like) object: what YAML mappings and JSON objects parse to. */
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    // Compared structurally, not with Object.prototype: objects from structuredClone or
    // another VM context (Jest) carry another realm's Object.prototype.
    const proto = Object.getPrototypeOf(value);
    return proto === null || Object.getPrototypeOf(proto) === null;
}
/** Short description of a value's type for error messages ("a list", "number 3"). */
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (isDate(value))
        return 'a date';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    return `${typeof value} ${String(value)}`;
}
/** A Date from any realm. */
function isDate(value) {
    return Object.prototype.toString.call(value) === '[object Date]';
}

;// CONCATENATED MODULE: ./src/metadata/vocabulary.ts
// Controlled vocabularies of Zenodo's legacy deposit format (zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/deserializers/schemas.py`).
const PUBLICATION_SUBTYPES = [
    'annotationcollection',
    'book',
    'section',
    'conferencepaper',
    'conferenceproceeding',
    'datamanagementplan',
    'journal',
    'article',
    'patent',
    'peerreview',
    'preprint',
    'deliverable',
    'milestone',
    'proposal',
    'report',
    'softwaredocumentation',
    'taxonomictreatment',
    'technicalnote',
    'workingpaper',
    'datapaper',
    'dissertation',
    'standard',
    'studyregistration',
    'other'
];
const IMAGE_SUBTYPES = ['figure', 'plot', 'drawing', 'diagram', 'photo', 'other'];
/** upload_type → the subtypes allowed in `<upload_type>_type` (empty: no subtype). */
const UPLOAD_TYPES = {
    publication: PUBLICATION_SUBTYPES,
    poster: [],
    presentation: [],
    event: [],
    dataset: [],
    image: IMAGE_SUBTYPES,
    model: [],
    video: [],
    audio: [],
    software: ['computationalnotebook'],
    lesson: [],
    other: [],
    physicalobject: [],
    workflow: [],
    project: [],
    instrument: []
};
const ACCESS_RIGHTS = ['open', 'embargoed', 'restricted', 'closed'];
/** Legacy relation names (Zenodo lower-cases them into its relation vocabulary). */
const RELATIONS = [
    'isCitedBy',
    'cites',
    'isSupplementTo',
    'isSupplementedBy',
    'isContinuedBy',
    'continues',
    'isDescribedBy',
    'describes',
    'hasMetadata',
    'isMetadataFor',
    'hasVersion',
    'isVersionOf',
    'isNewVersionOf',
    'isPreviousVersionOf',
    'isPartOf',
    'hasPart',
    'isPublishedIn',
    'isReferencedBy',
    'references',
    'isDocumentedBy',
    'documents',
    'isCompiledBy',
    'compiles',
    'isVariantFormOf',
    'isOriginalFormOf',
    'isIdenticalTo',
    'isReviewedBy',
    'reviews',
    'isDerivedFrom',
    'isSourceOf',
    'isRequiredBy',
    'requires',
    'isObsoletedBy',
    'obsoletes',
    'isAlternateIdentifier'
];
const RELATION_IDS = new Set(RELATIONS.map((r) => r.toLowerCase()));
function isKnownRelation(relation) {
    // Zenodo patches this historical typo itself.
    return RELATION_IDS.has(relation.toLowerCase()) || relation === 'isOrignialFormOf';
}
/** Legacy metadata fields whose value is a plain string. */
const STRING_FIELDS = new Set([
    'title',
    'description',
    'upload_type',
    'publication_date',
    'embargo_date',
    'access_conditions',
    'notes',
    'method',
    'version',
    'doi',
    'journal_title',
    'journal_volume',
    'journal_issue',
    'journal_pages',
    'conference_title',
    'conference_acronym',
    'conference_dates',
    'conference_place',
    'conference_url',
    'conference_session',
    'conference_session_part',
    'imprint_publisher',
    'imprint_isbn',
    'imprint_place',
    'partof_title',
    'partof_pages',
    'thesis_university'
]);
/**
 * Fields Zenodo's legacy deserializer reads inside `metadata`; it silently drops others, so
 * a key outside this list is most likely a typo worth a warning. `<upload_type>_type`
 * subtype keys are handled separately.
 */
const KNOWN_FIELDS = new Set([
    ...STRING_FIELDS,
    'creators',
    'contributors',
    'thesis_supervisors',
    'license',
    'keywords',
    'subjects',
    'related_identifiers',
    'references',
    'access_right',
    'communities',
    'grants',
    'language',
    'dates',
    'locations',
    'prereserve_doi',
    'custom'
]);

;// CONCATENATED MODULE: ./src/metadata/orcid.ts
// ORCID iD checks, matching what Zenodo enforces at publish (idutils `is_orcid`): the
// orcid.org URL prefix is optional, the check digit is ISO 7064 MOD 11-2, and the number
// must lie in a block ORCID actually assigns.
const URL_PREFIXES = ['https://orcid.org/', 'http://orcid.org/'];
// ISNI blocks reserved for ORCID, as numbers made of the first 15 digits.
const RANGES = [
    [15_000_000, 35_000_000],
    [900_000_000_000, 900_100_000_000]
];
/** Removes a leading https://orcid.org/ or http://orcid.org/. */
function stripOrcidUrl(value) {
    const trimmed = value.trim();
    for (const prefix of URL_PREFIXES) {
        if (trimmed.toLowerCase().startsWith(prefix))
            return trimmed.slice(prefix.length);
    }
    return trimmed;
}
/** The check character (0-9 or X) for the first 15 digits of an ORCID iD. */
function orcidCheckDigit(first15) {
    let total = 0;
    for (const ch of first15)
        total = (total + Number(ch)) * 2;
    const result = (12 - (total % 11)) % 11;
    return result === 10 ? 'X' : String(result);
}
/** Why the value is not a valid ORCID iD, or undefined when it is. */
function orcidProblem(value) {
    const compact = stripOrcidUrl(value).replace(/[-\s]/g, '').toUpperCase();
    if (!/^\d{15}[\dX]$/.test(compact)) {
        return 'is not an ORCID iD (expected 16 characters like 0000-0002-1825-0097)';
    }
    const expected = orcidCheckDigit(compact.slice(0, 15));
    if (compact[15] !== expected) {
        return `has a wrong check digit (the last character should be ${expected}; check for a typo)`;
    }
    const n = Number(compact.slice(0, 15));
    if (!RANGES.some(([lo, hi]) => n >= lo && n <= hi)) {
        return 'is outside the number blocks ORCID assigns';
    }
    return undefined;
}
/** The bare, dashed form (0000-0002-1825-0097) of a valid ORCID iD; undefined if invalid. */
function normalizeOrcid(value) {
    if (orcidProblem(value) !== undefined)
        return undefined;
    const c = stripOrcidUrl(value).replace(/[-\s]/g, '').toUpperCase();
    return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}-${c.slice(12)}`;
}

;// CONCATENATED MODULE: ./src/metadata/validate.ts
// Checks on Zenodo metadata, in two tiers that mirror when Zenodo complains:
// - validateShape: what the legacy deserializer refuses at once on create/update (400),
//   plus plain type errors, so a broken file fails before anything is uploaded;
// - validateForPublish: what InvenioRDM only refuses at publish time.



const PERSON_LISTS = new Set(['creators', 'contributors', 'thesis_supervisors']);
const STRING_LISTS = new Set(['keywords', 'references']);
/** Every shape problem in `value`: a metadata object, or one wrapped as {"metadata": …}. */
function shapeProblems(value) {
    const problems = [];
    if (isPlainObject(value) && 'metadata' in value) {
        for (const key of Object.keys(value)) {
            if (key === 'metadata')
                continue;
            problems.push({
                path: [key],
                field: key,
                message: 'Unknown field. Next to "metadata" no other top-level key is allowed ' +
                    '(Zenodo answers 400); move it inside "metadata" or remove it.'
            });
        }
        checkMetadata(value.metadata, ['metadata'], problems);
    }
    else {
        checkMetadata(value, [], problems);
    }
    return problems;
}
/** Throws a MetadataError listing every problem Zenodo would refuse at create/update. */
function validateShape(metadata, where) {
    const problems = shapeProblems(metadata);
    if (problems.length > 0) {
        throw new MetadataError(formatProblems(where, problems), { fieldPath: problems[0].path });
    }
}
/** One line per problem: "<where or file:line:col>: <field>: <message>". */
function formatProblems(where, problems, locate) {
    return problems.map((p) => `${locate?.(p.path) ?? where}: ${p.field}: ${p.message}`).join('\n');
}
function checkMetadata(md, base, out) {
    const add = (path, message, field) => {
        out.push({ path, field: field ?? fieldName(path), message });
    };
    if (!isPlainObject(md)) {
        add(base, `must be an object of Zenodo metadata fields, got ${describeValue(md)}.`);
        return;
    }
    for (const [key, value] of Object.entries(md)) {
        const path = [...base, key];
        if (value === undefined || key === 'prereserve_doi')
            continue;
        if (value === null) {
            add(path, 'must not be null; remove the key instead (Zenodo refuses null values).');
        }
        else if (STRING_FIELDS.has(key) || isSubtypeKey(key)) {
            if (typeof value !== 'string')
                add(path, mustBeString(value));
        }
        else if (PERSON_LISTS.has(key)) {
            checkPersons(value, path, key === 'contributors', add);
        }
        else if (STRING_LISTS.has(key)) {
            checkList(value, path, add, (item, p) => {
                if (typeof item !== 'string')
                    add(p, mustBeString(item));
            });
        }
        else if (key === 'license') {
            checkLicense(value, path, add);
        }
        else if (key === 'access_right') {
            if (typeof value !== 'string' || !ACCESS_RIGHTS.includes(value)) {
                add(path, `Unknown access type ${describeValue(value)}; use one of ` + `${ACCESS_RIGHTS.join(', ')}.`);
            }
        }
        else if (key === 'language') {
            if (typeof value !== 'string' || !/^[a-z]{2,3}$/i.test(value)) {
                add(path, `must be an ISO 639-1 or 639-2 code such as "en" or "eng", got ` + `${describeValue(value)}.`);
            }
        }
        else if (key === 'related_identifiers') {
            checkRelatedIdentifiers(value, path, add);
        }
        else if (key === 'communities') {
            checkCommunities(value, path, add);
        }
        else if (key === 'grants') {
            checkObjectList(value, path, add, (item, p) => {
                requireString(item, 'id', p, add, 'e.g. "10.13039/501100000780::282672"');
            });
        }
        else if (key === 'dates') {
            checkObjectList(value, path, add, (item, p) => {
                requireString(item, 'type', p, add, 'e.g. "Collected"');
                for (const end of ['start', 'end']) {
                    requireString(item, end, p, add, 'Zenodo only accepts ranges with both start and end');
                }
            });
        }
        else if (key === 'locations') {
            checkObjectList(value, path, add, (item, p) => {
                requireString(item, 'place', p, add, 'the name of the place');
                for (const coord of ['lat', 'lon']) {
                    const c = item[coord];
                    if (c !== undefined && typeof c !== 'number') {
                        add([...p, coord], `must be a number, got ${describeValue(c)}.`);
                    }
                }
            });
        }
        else if (key === 'subjects') {
            checkObjectList(value, path, add, () => undefined);
        }
        else if (key === 'custom') {
            if (!isPlainObject(value))
                add(path, `must be an object, got ${describeValue(value)}.`);
        }
    }
    const noEmbargoDate = md.embargo_date === undefined || md.embargo_date === '';
    if (md.access_right === 'embargoed' && noEmbargoDate) {
        add([...base, 'embargo_date'], 'is required when access_right is "embargoed" (Zenodo ' +
            'answers "Unknown access type."); add an embargo_date such as "2030-01-31".');
    }
}
function checkPersons(value, path, withType, add) {
    checkObjectList(value, path, add, (item, p) => {
        requireString(item, 'name', p, add, 'written "Family, Given" or an organisation name');
        for (const sub of ['affiliation', 'orcid', 'gnd', ...(withType ? ['type'] : [])]) {
            const v = item[sub];
            if (v !== undefined && v !== null && typeof v !== 'string')
                add([...p, sub], mustBeString(v));
        }
    });
}
function checkLicense(value, path, add) {
    const ok = typeof value === 'string' || (isPlainObject(value) && typeof value.id === 'string');
    if (!ok) {
        add(path, "Invalid license value provided (expected string, or object with 'id' key), got " +
            `${describeValue(value)}. Give one licence id such as "cc-by-4.0" or "MIT".`);
    }
}
function checkRelatedIdentifiers(value, path, add) {
    if (!Array.isArray(value)) {
        add(path, `related_identifiers must be a list, got ${describeValue(value)}.`);
        return;
    }
    value.forEach((item, i) => {
        const p = [...path, i];
        if (!isPlainObject(item)) {
            add(p, `Each related identifier must be an object, got ${describeValue(item)}.`);
            return;
        }
        requireString(item, 'identifier', p, add, 'a DOI, URL or other persistent identifier');
        if (typeof item.relation !== 'string') {
            add([...p, 'relation'], `relation must be a string such as "isSupplementTo", got ` + `${describeValue(item.relation)}.`);
        }
        for (const sub of ['resource_type', 'scheme']) {
            if (item[sub] !== undefined && typeof item[sub] !== 'string') {
                add([...p, sub], mustBeString(item[sub]));
            }
        }
    });
}
function checkCommunities(value, path, add) {
    const ok = Array.isArray(value) && value.every((c) => isPlainObject(c) && typeof c.identifier === 'string');
    if (!ok) {
        // Zenodo reports this one without the "metadata." prefix.
        add(path, "Communities must be an array of objects with an 'identifier' key, e.g. " + '[{"identifier": "zenodo"}].', 'communities');
    }
}
function checkList(value, path, add, each) {
    if (!Array.isArray(value)) {
        add(path, `must be a list, got ${describeValue(value)}.`);
        return;
    }
    value.forEach((item, i) => each(item, [...path, i]));
}
function checkObjectList(value, path, add, each) {
    checkList(value, path, add, (item, p) => {
        if (isPlainObject(item))
            each(item, p);
        else
            add(p, `must be an object, got ${describeValue(item)}.`);
    });
}
function requireString(item, key, p, add, hint) {
    const v = item[key];
    if (v === undefined)
        add([...p, key], `Missing data for required field (${hint}).`);
    else if (typeof v !== 'string')
        add([...p, key], mustBeString(v));
}
function mustBeString(value) {
    const hint = typeof value === 'number' || typeof value === 'boolean' || isDate(value) ? ' Put the value in quotes.' : '';
    return `must be a string, got ${describeValue(value)}.${hint}`;
}
function isSubtypeKey(key) {
    return key.endsWith('_type') && key.slice(0, -'_type'.length) in UPLOAD_TYPES;
}
function fieldName(path) {
    const parts = path.map(String);
    return parts[0] === 'metadata' ? parts.join('.') : ['metadata', ...parts].join('.');
}
// ---------------------------------------------------------------------------------------
// Publish-time checks
const EDTF_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/**
 * What Zenodo would refuse when publishing, one "field: message" entry per field, using
 * Zenodo's field names. A missing publication_date is not reported: Zenodo fills in today.
 */
function validateForPublish(metadata) {
    const errors = [];
    const err = (field, message) => {
        errors.push(`${field}: ${message}`);
    };
    const title = typeof metadata.title === 'string' ? metadata.title.trim() : '';
    if (title.length < 3) {
        err('metadata.title', title
            ? `must be at least 3 characters (Zenodo refuses to publish otherwise); got "${title}".`
            : 'Missing data for required field. Set a title of at least 3 characters.');
    }
    checkUploadType(metadata, err);
    checkCreatorsForPublish(metadata.creators, 'creators', true, err);
    checkCreatorsForPublish(metadata.contributors, 'contributors', false, err);
    const date = metadata.publication_date;
    if (typeof date === 'string' && !isEdtfLevel0(date.trim())) {
        err('metadata.publication_date', `"${date}" is not a date Zenodo accepts; use YYYY-MM-DD ` + '(or YYYY-MM, YYYY).');
    }
    const description = metadata.description;
    if (typeof description === 'string' && description.trim().length < 3) {
        err('metadata.description', 'must be at least 3 characters when given; write a longer ' + 'description or remove the field.');
    }
    const related = metadata.related_identifiers;
    if (Array.isArray(related)) {
        related.forEach((r, i) => {
            if (isPlainObject(r) && typeof r.relation === 'string' && !isKnownRelation(r.relation)) {
                err(`metadata.related_identifiers.${i}.relation`, `"${r.relation}" is not a relation ` +
                    'Zenodo knows; use e.g. isSupplementTo, isSupplementedBy, isPartOf or references.');
            }
        });
    }
    return errors;
}
function checkUploadType(md, err) {
    const type = md.upload_type;
    if (type === undefined || type === '') {
        err('metadata.upload_type', 'Missing data for required field (Zenodo reports it as ' +
            'metadata.resource_type). Set upload_type, e.g. "software" or "dataset".');
        return;
    }
    const subtypes = typeof type === 'string' ? UPLOAD_TYPES[type] : undefined;
    if (!subtypes) {
        err('metadata.upload_type', `${describeValue(type)} is not a Zenodo resource type; use ` + `one of ${Object.keys(UPLOAD_TYPES).join(', ')}.`);
        return;
    }
    const subKey = `${type}_type`;
    const sub = md[subKey];
    if (sub === undefined || sub === '')
        return;
    if (typeof sub !== 'string' || !subtypes.includes(sub)) {
        const hint = sub === 'thesis' ? ' ("thesis" is now "dissertation")' : '';
        const allowed = subtypes.length > 0 ? `use one of ${subtypes.join(', ')}` : `"${type}" has no subtypes, remove ${subKey}`;
        err(`metadata.${subKey}`, `${describeValue(sub)} is not valid for upload_type "${type}"` + `${hint}; ${allowed}.`);
    }
}
function checkCreatorsForPublish(list, key, required, err) {
    if (!Array.isArray(list) || list.length === 0) {
        if (required) {
            err(`metadata.${key}`, 'Missing data for required field. Add at least one creator ' +
                '(authors in CITATION.cff, creators in .zenodo.json).');
        }
        return;
    }
    list.forEach((c, i) => {
        if (!isPlainObject(c))
            return;
        const name = typeof c.name === 'string' ? c.name : '';
        // Zenodo splits a name with exactly one comma into "family, given".
        const parts = name.split(',');
        const family = parts.length === 2 ? parts[0] : name;
        if (family.trim() === '') {
            err(`metadata.${key}.${i}.name`, 'Family name cannot be blank. Write the name as ' + '"Family, Given" or give an organisation name.');
        }
        if (typeof c.orcid === 'string' && c.orcid.trim() !== '') {
            const problem = orcidProblem(c.orcid);
            if (problem) {
                err(`metadata.${key}.${i}.orcid`, `"${c.orcid}" ${problem}; fix it or remove it.`);
            }
        }
    });
}
function isEdtfLevel0(value) {
    const parts = value.split('/');
    if (parts.length > 2)
        return false;
    return parts.every((p) => EDTF_DATE.test(p) && isRealDate(p));
}
function isRealDate(value) {
    const [y, m, d] = value.split('-').map(Number);
    if (m === undefined)
        return true;
    if (m < 1 || m > 12)
        return false;
    if (d === undefined)
        return true;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// The plan: one pure function turns the settings, the local files with their MD5s and the
// remote state that gather() read into everything the run will do. A dry run prints it;
// execute() carries it out, and only rebase() may adjust it, once a new-version draft exists.




/** A decision the user has to make: the message says which, and how. */
class PlanError extends UserError {
    name = 'PlanError';
}
/**
 * Decides per file, comparing names in NFC. A local file whose name and MD5 match a remote one
 * is skipped; a changed one replaces it. With deleteOld, remote files this run does not upload
 * are deleted; unchanged ones are skipped, never deleted and re-sent.
 */
function planFiles(local, localMd5, remote, deleteOld) {
    const remoteByName = new Map(remote.map((f) => [f.key.normalize('NFC'), f]));
    const plans = [];
    for (const file of local) {
        const existing = remoteByName.get(file.name);
        const md5 = localMd5.get(file.name);
        if (existing && md5 !== undefined && existing.md5 === md5 && existing.size === file.size) {
            plans.push({ name: file.name, action: 'skip', size: file.size, md5, local: file, remote: existing });
        }
        else {
            const action = existing ? 'replace' : 'upload';
            plans.push({ name: file.name, action, size: file.size, md5, local: file, remote: existing });
        }
    }
    if (deleteOld) {
        const localNames = new Set(local.map((f) => f.name));
        for (const [name, file] of remoteByName) {
            if (!localNames.has(name))
                plans.push({ name, action: 'delete', size: file.size, md5: file.md5, remote: file });
        }
    }
    return plans;
}
/** Local files worth hashing before planning: a remote file has the same name and size. */
function filesToHash(local, remote) {
    const sizes = new Set(remote.map((f) => `${f.key.normalize('NFC')}\0${f.size}`));
    return local.filter((f) => sizes.has(`${f.name}\0${f.size}`));
}
/** Every remote file that gather() saw, for deciding what to hash. */
function remoteFilesOf(remote) {
    const records = [remote.given, ...remote.own, ...[...remote.concepts.values()].flatMap((c) => [c.latest, c.pending])];
    return records.flatMap((r) => r?.files ?? []);
}
/** Checks the deposition's final file set against Zenodo's per-record limits, before any upload. */
function checkLimits(plans, remote) {
    const byName = new Map(remote.map((f) => [f.key.normalize('NFC'), f.size]));
    for (const p of plans) {
        if (p.action === 'delete')
            byName.delete(p.name);
        else
            byName.set(p.name, p.size);
    }
    const count = byName.size;
    const bytes = [...byName.values()].reduce((a, b) => a + b, 0);
    const errors = [];
    const warnings = [];
    if (count > MAX_FILES) {
        errors.push(`The deposition would hold ${count} files; Zenodo allows at most ${MAX_FILES} per record. ` +
            `Pack them with the 'archive' input, upload fewer, or set 'delete-old-files: true' to drop inherited ones.`);
    }
    if (bytes > QUOTA_BYTES) {
        warnings.push(`The deposition would hold ${(bytes / 1e9).toFixed(1)} GB; Zenodo refuses more than 50 GB per record unless ` +
            `your quota was raised (ask Zenodo support before the upload).`);
    }
    return { errors, warnings, count, bytes };
}
/**
 * True when a record holds these files (name in NFC and MD5): exactly these with
 * delete-old-files, at least these without it (the record may keep inherited ones). No local
 * files (a publish-only or create-only run) adds nothing, so any record holds them.
 */
function holdsFiles(local, localMd5, remote, exactly) {
    if (exactly && local.length > 0 && local.length !== remote.length)
        return false;
    const remoteMd5 = new Map(remote.map((f) => [f.key.normalize('NFC'), f.md5]));
    return local.every((f) => localMd5.has(f.name) && remoteMd5.get(f.name) === localMd5.get(f.name));
}
/** Stable JSON for comparing metadata objects regardless of key order. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v);
}
/**
 * Metadata a new version starts from: the latest version's, minus what the server resets
 * (invenio-rdm-records `services/components/metadata.py`, `new_version_skip_fields`).
 */
function inheritedMetadata(record) {
    const { version: _v, publication_date: _d, doi: _doi, prereserve_doi: _p, ...rest } = record.metadata;
    return rest;
}
function describeRecord(r) {
    const what = r.state === 'draft' ? 'Draft' : r.state === 'editing' ? 'Record (open for editing)' : 'Record';
    return `${what} ${r.id}${r.doi ? ` (${r.doi})` : ''}`;
}
function titleConflict(r, title, input) {
    const who = input.identity?.label ?? 'this run';
    return new PlanError(`${describeRecord(r)} belongs to ${who} but is titled '${r.title}', while this run's metadata ` +
        (title ? `says '${title}'. ` : 'has no title. ') +
        `If it is the same dataset with its title edited, put the title '${r.title}' into ${input.metadataSource} ` +
        `(or change it back on Zenodo). If it is another dataset from the same tag, give each dataset its own ` +
        `'dataset' input. Nothing was changed.`);
}
/** The record to make a new version of, or the draft to reuse, for a published record's concept. */
function conceptTarget(record, input, why, named) {
    const concept = record.conceptId === undefined ? undefined : input.remote.concepts.get(record.conceptId);
    const pending = concept?.pending;
    if (pending) {
        // A record named by deposition-id takes its concept's pending draft as it is (made in the web
        // UI, say), unless the draft carries another ref's or dataset's marker of this repository: that
        // one is another run's (or its leftover). One found through the identity must be this run's.
        const other = input.identity ? foreignMarker(input.identity, pending.metadata) : undefined;
        if (input.identity && (other !== undefined || (!named && !belongs(input.identity, pending)))) {
            throw new PlanError(`Concept ${record.conceptId} already has a pending new version (draft ${pending.id}) that is not ${input.identity.label}'s` +
                (other ? ` (it links ${other})` : '') +
                `: this run would upload into it. Publish or discard draft ${pending.id} on Zenodo, or set deposition-id to ${pending.id} to upload into it on purpose.`);
        }
        return { kind: 'draft', draft: pending, reason: `pending new version of concept ${record.conceptId}` };
    }
    const latest = concept?.latest ?? record;
    return {
        kind: 'new-version',
        of: latest,
        reason: `${why}; latest version of concept ${record.conceptId ?? latest.id}`
    };
}
/** Chooses what the run works on; throws PlanError where only the user can decide. */
function chooseTarget(input, title) {
    const { remote, identity, version, local, localMd5, deleteOldFiles } = input;
    if (input.readOnly)
        return { kind: 'read-only', record: remote.given };
    const holds = (r) => holdsFiles(local, localMd5, r.files, deleteOldFiles);
    const holdsExactly = (r) => holdsFiles(local, localMd5, r.files, true);
    const own = remote.own;
    // Titles are not identities: another title is this release only if it holds exactly these
    // files. A run that sets no title keeps the title it finds, except a first draft's: that one
    // came from whichever run made it, and a title-less run does not fill a titled sibling's.
    // What deposition-id names is the user's choice, whatever its title.
    for (const r of own) {
        // Zenodo stores the title trimmed.
        if (r.id === remote.given?.id || r.title.trim() === (title ?? '').trim())
            continue;
        if (title === undefined && (r.state !== 'draft' || r.conceptDoi !== undefined))
            continue;
        if (r.state !== 'draft' && holdsExactly(r))
            continue;
        throw titleConflict(r, title ?? '', input);
    }
    // An edit that the owner opened on Zenodo is never ours to fill or publish.
    for (const r of own.filter((r) => r.state === 'editing')) {
        if (holds(r))
            return { kind: 'archived', record: r, reason: `record ${r.id} holds these files (an edit is open on Zenodo)` };
        throw new PlanError(`${describeRecord(r)} of ${identity?.label ?? 'this run'} has an edit open on Zenodo, and its files differ from this run's. ` +
            `The action never writes into or publishes an edit it did not open: finish or discard the edit on Zenodo ` +
            `(${r.links.html ?? `record ${r.id}`}), then re-run.`);
    }
    const concept = remote.given?.conceptId;
    const published = [
        ...own.filter((r) => r.state === 'published'),
        ...(remote.given && remote.given.state !== 'draft' ? [remote.given] : []),
        ...(concept ? [remote.concepts.get(concept)?.latest] : [])
    ].filter((r) => r !== undefined);
    // Records of one identity are told apart by version: a published one with this version is
    // this release, and a published release never gets a second record.
    const sameVersion = published.filter((r) => version === undefined || r.version === version);
    const archived = sameVersion.find(holds);
    if (archived) {
        return {
            kind: 'archived',
            record: archived,
            reason: `record ${archived.id} already holds version ${version ?? '(none)'} with these files`
        };
    }
    if (version !== undefined && sameVersion.length > 0) {
        const r = sameVersion[0];
        throw new PlanError(`${describeRecord(r)} already publishes version ${version} of ${identity?.label ?? 'this concept'}, with other files than this run's ` +
            `(a rebuilt artifact rarely has the same bytes). A published record is permanent, so the action will not publish ` +
            `a second record of version ${version}. To publish a corrected release on purpose, set the 'version' input to a new ` +
            `version (e.g. ${version}-1). Nothing was changed.`);
    }
    if (remote.given) {
        const g = remote.given;
        if (g.state === 'draft')
            return { kind: 'draft', draft: g, reason: `deposition-id ${g.id}` };
        return conceptTarget(g, input, `deposition-id ${g.id}`, true);
    }
    if (!identity)
        return { kind: 'create' };
    const drafts = own.filter((r) => r.state === 'draft');
    const draft = earliest(drafts);
    if (draft)
        return { kind: 'draft', draft, reason: `made by an earlier run for ${identity.label}` };
    const concepts = [...new Set(own.flatMap((r) => (r.conceptId ? [r.conceptId] : [])))];
    if (concepts.length > 1) {
        throw new PlanError(`${identity.label} has records in ${concepts.length} concepts (${concepts.join(', ')}); the run cannot tell which to continue. ` +
            `Set deposition-id to one of them, or give each dataset its own 'dataset' input.`);
    }
    const latest = own.find((r) => r.state === 'published');
    if (latest)
        return conceptTarget(latest, input, `published by an earlier run for ${identity.label}`, false);
    return { kind: 'create' };
}
function filesOfTarget(target) {
    switch (target.kind) {
        case 'draft':
            return target.draft.files;
        case 'new-version':
            return target.of.files;
        case 'archived':
            return target.record.files;
        default:
            return [];
    }
}
function existingMetadata(target) {
    if (target.kind === 'draft')
        return target.draft.metadata;
    if (target.kind === 'new-version')
        return inheritedMetadata(target.of);
    return undefined;
}
/** Files, limits, metadata and publish checks for a chosen target. */
function complete(input, target, warnings) {
    const remoteFiles = filesOfTarget(target);
    const base = {
        target,
        identity: input.identity,
        version: input.version,
        publish: input.publish,
        warnings,
        known: input.remote.own.map((r) => r.id),
        readAt: input.remote.readAt
    };
    if (target.kind === 'archived' || target.kind === 'read-only') {
        const files = input.local.map((f) => ({
            name: f.name,
            action: 'skip',
            size: f.size,
            md5: input.localMd5.get(f.name),
            local: f
        }));
        return { ...base, files, final: { count: remoteFiles.length, bytes: 0 }, sendMetadata: false, checks: [] };
    }
    const files = planFiles(input.local, input.localMd5, remoteFiles, input.deleteOldFiles);
    const limits = checkLimits(files, remoteFiles);
    if (limits.errors.length > 0)
        throw new PlanError(limits.errors.join('\n'));
    warnings.push(...limits.warnings);
    const existing = existingMetadata(target);
    const metadata = input.metadataFor(existing);
    const sendMetadata = target.kind !== 'draft' ||
        canonical(input.comparable(target.draft.metadata)) !== canonical(input.comparable(metadata));
    const checks = [];
    if (input.publish) {
        const problems = validateForPublish(metadata);
        if (limits.count === 0)
            problems.push('files: Zenodo does not publish a record without files. Set the files input.');
        if (problems.length > 0) {
            throw new PlanError(`Cannot publish: Zenodo would refuse this record (fix ${input.metadataSource} or the inputs):\n${problems.join('\n')}`);
        }
        checks.push('every file of the final set is in the draft with the MD5 this run computed');
        if (input.identity)
            checks.push(`no other record of ${input.identity.label} was published meanwhile`);
        checks.push('the server reports the record as published afterwards');
    }
    return { ...base, files, final: { count: limits.count, bytes: limits.bytes }, metadata, sendMetadata, checks };
}
function plan(input) {
    const warnings = [];
    const title = input.metadataFor(undefined).title;
    const runTitle = typeof title === 'string' && title.trim() !== '' ? title : undefined;
    if (!input.publish && !input.readOnly && runTitle === undefined) {
        warnings.push(`The metadata has no title: Zenodo will not publish the record until it has one. Set title in .zenodo.json or CITATION.cff, or pass metadata.`);
    }
    return complete(input, chooseTarget(input, runTitle), warnings);
}
/**
 * The plan against the draft that now exists: a new version's inherited files are only known
 * once the server made it, and a reused pending draft has metadata of its own.
 */
function rebase(planned, draft, input) {
    const md5 = new Map(input.localMd5);
    for (const f of planned.files)
        if (f.local && f.md5)
            md5.set(f.name, f.md5);
    return complete({ ...input, localMd5: md5 }, { kind: 'draft', draft, reason: planned.target.kind === 'draft' ? planned.target.reason : 'new version' }, [...planned.warnings]);
}

;// CONCATENATED MODULE: ./src/plan/execute.ts
// Carries out a plan: the only module that writes to the server. It returns what happened,
// and outputs and the summary are built from that, even when a step failed.







/** How often, and how many times, the run looks for its own fresh draft in the search. */
const POLL_MS = 250;
const MAX_POLLS = 40;
class Execution {
    plan;
    input;
    opts;
    outcome;
    sleep;
    /** The draft this run made, so that a loser discards only what is its own. */
    made;
    /** Marks this run's create request (see create()). */
    nonce = `zenodo-upload run ${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    constructor(plan, input, opts) {
        this.plan = plan;
        this.input = input;
        this.opts = opts;
        this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.outcome = { files: [], plannedUploads: 0, published: false, notes: [] };
    }
    get repo() {
        return this.opts.repo;
    }
    async run() {
        const draft = await this.open();
        const identity = this.plan.identity;
        if (this.plan.target.kind === 'create' && identity) {
            // The concurrent-run check waits on the search index; the uploads need not wait for it.
            // Its verdict is awaited before anything else happens, publishing included.
            const [verdict, transfer] = await Promise.allSettled([this.settle(draft, identity), this.transfer(draft)]);
            if (verdict.status === 'rejected') {
                // Without a verdict a rival may have won: this run's draft must not stay behind with files.
                await this.discardOwn(draft).catch(() => undefined);
                throw verdict.reason;
            }
            if (verdict.value) {
                await this.discardOwn(draft);
                throw new ConcurrentRunError(`Another run made ${verdict.value.state === 'draft' ? 'draft' : 'record'} ${verdict.value.id} for ${identity.label} first. ` +
                    `This run discarded its own draft ${draft.id}, with what it had uploaded, and stops: two records for one release ` +
                    `would be permanent. Run one workflow per tag at a time (see the README's concurrency group).`);
            }
            if (transfer.status === 'rejected')
                throw transfer.reason;
        }
        else {
            await this.transfer(draft);
        }
        if (this.plan.publish)
            await this.publish(draft);
        else {
            this.outcome.record = await this.repo.read(draft.id);
            this.opts.log.info(`Draft ${draft.id} is ready: review and publish it at ${draft.links.html ?? 'Zenodo'}, or set publish: true.`);
        }
    }
    /** Gets the draft the plan targets, making it or a new version if needed, with its metadata. */
    async open() {
        const { target } = this.plan;
        switch (target.kind) {
            case 'create':
                return this.create();
            case 'draft':
                this.outcome.record = target.draft;
                return this.sendMetadata(target.draft, false);
            case 'new-version': {
                const { draft, created } = await this.repo.newVersion(target.of);
                if (!created && !this.plan.known.includes(draft.id) && this.isFresh(draft)) {
                    // A pending draft the search could not show yet: another run is making this version
                    // now. Writing into it would overwrite files that run verifies.
                    throw new ConcurrentRunError(`Another run opened new version ${draft.id} of concept ${draft.conceptId} a moment ago; this run leaves it alone ` +
                        `and stops. Re-run once that run is done: it finds the version and changes nothing, or continues it.`);
                }
                if (created)
                    this.made = draft.id;
                this.outcome.record = draft;
                this.opts.log.info(`New version draft ${draft.id} of concept ${draft.conceptId}, with ${draft.files.length} inherited file(s).`);
                try {
                    this.plan = rebase(this.plan, draft, this.input);
                }
                catch (err) {
                    // The inherited files break a limit: leave nothing behind, as for refused metadata.
                    await this.discardOwn(draft);
                    throw err;
                }
                return this.sendMetadata(draft, created);
            }
            default:
                throw new Error(`nothing to open for a ${target.kind} target`);
        }
    }
    /**
     * Made since this run read the server, or so shortly before that the search could not show it
     * yet (by the server's clock): another run's. An older one that the search missed is a leftover.
     */
    isFresh(record) {
        const since = this.plan.readAt ?? this.repo.serverTime();
        const created = Date.parse(record.created ?? '');
        // The Date header counts whole seconds: allow one more.
        return since !== undefined && !Number.isNaN(created) && created >= since - this.opts.settleMs - 1000;
    }
    async create() {
        const identity = this.plan.identity;
        if (identity) {
            // A last look right before the write: it narrows the window for a concurrent run (hashing
            // may have taken a while since gather), and its answer carries a fresh server clock.
            const appeared = (await this.repo.findByMarker(identity)).find((r) => belongs(identity, r) && !this.plan.known.includes(r.id));
            if (appeared) {
                throw new ConcurrentRunError(`Another run made ${appeared.state === 'draft' ? 'draft' : 'record'} ${appeared.id} for ${identity.label} while ` +
                    `this run was preparing; this run created nothing and stops. Re-run once that run is done.`);
            }
        }
        const metadata = this.plan.metadata ?? {};
        if (!identity) {
            const draft = await this.repo.createDraft(metadata, async () => undefined);
            this.made = draft.id;
            this.outcome.record = draft;
            this.opts.log.info(`Created deposition ${draft.id} (reserved DOI ${draft.reservedDoi ?? 'none'}).`);
            return draft;
        }
        // The create request carries a nonce of this run in its notes, so that after an answer that
        // never came the run can tell its own draft from a concurrent run's with the same metadata.
        // The metadata update right after the create removes it again.
        const notes = [typeof metadata.notes === 'string' ? metadata.notes : '', this.nonce].filter((s) => s !== '');
        // The server's clock before the request: a draft created since then may be this request's.
        const since = this.repo.serverTime();
        let recovered = false;
        const draft = await this.repo.createDraft({ ...metadata, notes: notes.join('\n') }, async () => {
            if (since === undefined)
                return undefined;
            // The search shows a fresh draft only after a moment: wait for it before deciding.
            await this.sleep(this.opts.settleMs);
            const title = typeof metadata.title === 'string' ? metadata.title : '';
            const mine = madeSince(identity, await this.repo.findByMarker(identity), since, title, this.nonce);
            recovered = mine.length > 0;
            return earliest(mine);
        });
        this.made = draft.id;
        this.outcome.record = draft;
        this.opts.log.info(recovered
            ? `Took over draft ${draft.id}, which this run's unanswered create request had made.`
            : `Created deposition ${draft.id} (reserved DOI ${draft.reservedDoi ?? 'none'}).`);
        return this.sendMetadata(draft, true);
    }
    /**
     * Concurrent runs for one identity. Zenodo's search shows a fresh draft only after its index
     * refreshes; once this run's draft shows, every draft indexed before it shows too. The run
     * waits a margin more (settleMs: drafts created a moment earlier may be indexed a moment later),
     * lists the identity's drafts again, and the earliest wins. Returns the winner when it is not
     * this run's draft; every run computes the same one.
     */
    async settle(draft, identity) {
        const list = async () => (await this.repo.findByMarker(identity)).filter((r) => belongs(identity, r));
        let polls = 0;
        while (!(await list()).some((r) => r.id === draft.id)) {
            if (++polls >= MAX_POLLS) {
                throw new ConcurrentRunError(`Zenodo's search did not show the new draft ${draft.id} after ${Math.round((MAX_POLLS * POLL_MS) / 1000)} s, ` +
                    `so the run could not check for a concurrent run of ${identity.label}. It discarded the draft and stops ` +
                    `without publishing; re-run later.`);
            }
            await this.sleep(POLL_MS);
        }
        await this.sleep(this.opts.settleMs);
        let found = await list();
        // A draft with this run's nonce is its own: an earlier attempt of its create request that
        // landed after all. It holds nothing; discard it rather than lose to it.
        for (const orphan of found.filter((r) => r.id !== draft.id && r.state === 'draft' && this.carriesNonce(r))) {
            await this.repo.discard(orphan);
            this.opts.log.info(`Discarded draft ${orphan.id}, an earlier attempt of this run's create request.`);
            found = found.filter((r) => r.id !== orphan.id);
        }
        const rival = found.find((r) => r.state !== 'draft' && !this.plan.known.includes(r.id)) ??
            earliest(found.filter((r) => r.state === 'draft' && r.conceptDoi === undefined));
        return rival && rival.id !== draft.id ? rival : undefined;
    }
    carriesNonce(r) {
        return typeof r.metadata.notes === 'string' && r.metadata.notes.includes(this.nonce);
    }
    async discardOwn(draft) {
        if (this.made !== draft.id)
            return;
        await this.repo.discard(draft);
        this.made = undefined;
        this.outcome.record = undefined;
        this.opts.log.info(`Discarded draft ${draft.id}, which this run had made.`);
    }
    async sendMetadata(draft, fresh) {
        if (!this.plan.sendMetadata || !this.plan.metadata) {
            this.opts.log.info(`Metadata of deposition ${draft.id} is already up to date.`);
            return draft.links.bucket ? draft : this.repo.read(draft.id);
        }
        try {
            const updated = await this.repo.updateMetadata(draft, this.plan.metadata);
            this.opts.log.info(`Updated the metadata of deposition ${draft.id}.`);
            this.outcome.record = updated;
            return updated;
        }
        catch (err) {
            if (!(err instanceof ZenodoApiError) || err.status !== 400)
                throw err;
            const fix = `Fix these fields in the metadata (${this.input.metadataSource}) and re-run.`;
            if (!fresh)
                throw err.reworded(`${err.message}\n${fix}`);
            // The new version only holds what it inherited: discard it, so a refusal leaves nothing behind.
            await this.discardOwn(draft);
            throw err.reworded(`${err.message}\n${fix} The ${draft.conceptDoi ? 'new-version ' : ''}draft ${draft.id} was discarded; nothing was left behind.`);
        }
    }
    /** Deletes, then uploads with verification; records skips. */
    async transfer(draft) {
        const { files } = this.plan;
        const record = (o) => void this.outcome.files.push(o);
        this.outcome.plannedUploads = files.filter((p) => p.action === 'upload' || p.action === 'replace').length;
        // Deletes first: the file limit counts what is in the bucket at each upload.
        for (const p of files) {
            if (p.action !== 'delete' || !p.remote)
                continue;
            await this.repo.deleteFile(draft, p.remote);
            this.opts.log.info(`Deleted '${oneLine(p.name)}' (not part of this run).`);
            record({ name: p.name, size: p.size, md5: p.md5 ?? '', status: 'deleted' });
        }
        // A file held under another Unicode form of the name is replaced by deleting its own key:
        // a PUT of the NFC name would leave a look-alike beside it.
        for (const p of files) {
            if (p.action !== 'replace' || !p.remote || p.remote.key === p.name)
                continue;
            await this.repo.deleteFile(draft, p.remote);
        }
        for (const p of files.filter((p) => p.action === 'skip')) {
            this.opts.log.info(`= ${oneLine(p.name)} is already there with the same MD5; skipped.`);
            record({ name: p.name, size: p.size, md5: p.md5 ?? '', status: 'skipped' });
        }
        // In a first-version draft nothing was inherited: a file of that name came from an earlier
        // run or from a parallel job (matrix fan-out), where a name clash would lose a part.
        if (draft.conceptDoi === undefined) {
            for (const p of files.filter((p) => p.action === 'replace')) {
                this.opts.log.warning(`'${oneLine(p.name)}' is already in draft ${draft.id} with other content (from an earlier run, or from a parallel job ` +
                    `uploading a file with the same name); it is replaced. Give parallel jobs distinct file names.`);
            }
        }
        const toSend = files.flatMap((p) => ((p.action === 'upload' || p.action === 'replace') && p.local ? [p.local] : []));
        const { outcomes, errors } = await uploadAll(this.repo, draft, toSend, { ...this.opts.upload, log: this.opts.log });
        for (const o of outcomes)
            record(o);
        if (errors.length > 0) {
            // Two runs can share a new version's draft: if the other published it meanwhile, that is
            // why the uploads failed, and nothing is left to resume.
            const now = await this.repo.read(draft.id).catch(() => undefined);
            if (now && now.state !== 'draft') {
                this.outcome.record = now;
                throw new ConcurrentRunError(`Another run published draft ${draft.id}${now.doi ? ` (${now.doi})` : ''} while this run was uploading into it; ` +
                    `this run published nothing. Re-run once that run is done: it finds the release.`);
            }
            const done = this.outcome.files.filter((f) => f.status === 'uploaded').length;
            throw new UserError(`${errors.length} file(s) failed; ${done} uploaded. Deposition ${draft.id} was kept as a draft and not published; re-run to resume.\n` +
                errors.map((e) => e.message).join('\n'));
        }
    }
    /** Files this run uploaded or kept that the record does not hold with the MD5 this run computed. */
    notHeld(record) {
        const held = new Map(record.files.map((f) => [f.key.normalize('NFC'), f.md5]));
        return this.outcome.files.filter((f) => (f.status === 'uploaded' || f.status === 'skipped') && held.get(f.name) !== f.md5);
    }
    /** Checks the draft once more, then publishes it and believes only the state the server shows. */
    async publish(draft) {
        const current = await this.repo.read(draft.id);
        this.outcome.record = current;
        const held = new Map(current.files.map((f) => [f.key.normalize('NFC'), f.md5]));
        const missing = this.notHeld(current);
        if (missing.length > 0) {
            throw new UserError(`Not publishing: ${missing.map((f) => `'${oneLine(f.name)}'`).join(', ')} is not in draft ${draft.id} with the MD5 ` +
                `this run computed (another run may have replaced it). Re-run to upload it again.`);
        }
        // A concurrent newversion call imports the inherited files again into an emptied draft.
        const back = this.outcome.files.filter((f) => f.status === 'deleted' && held.has(f.name));
        if (back.length > 0) {
            throw new UserError(`Not publishing: ${back.map((f) => `'${oneLine(f.name)}'`).join(', ')}, which this run deleted, is in draft ` +
                `${draft.id} again (another run may have asked for a new version meanwhile). Re-run to delete it again.`);
        }
        if (held.size === 0) {
            throw new UserError(`Not publishing: draft ${draft.id} holds no files, and Zenodo does not publish a record without files.`);
        }
        const identity = this.plan.identity;
        if (identity) {
            const found = (await this.repo.findByMarker(identity)).filter((r) => belongs(identity, r));
            const rival = found.find((r) => r.state !== 'draft' &&
                r.id !== draft.id &&
                !this.plan.known.includes(r.id) &&
                (this.plan.version === undefined || r.version === this.plan.version));
            if (rival) {
                const own = this.made === draft.id;
                await this.discardOwn(draft);
                throw new ConcurrentRunError(`Record ${rival.id}${rival.doi ? ` (${rival.doi})` : ''} of ${identity.label} was published by another run while this ` +
                    `run was uploading. Not publishing a second record` +
                    (own ? `; this run's draft ${draft.id} was discarded.` : `; draft ${draft.id} is left as it was.`));
            }
        }
        let published;
        try {
            published = await this.repo.publish(current);
        }
        catch (err) {
            if (!(err instanceof ZenodoApiError))
                throw err;
            // Two runs can share a new version's draft (Zenodo keeps one per concept): the other may
            // have published it first. Then it is this release only if it holds what this run sent.
            const now = await this.repo.read(draft.id).catch(() => undefined);
            if (now?.state === 'published') {
                this.outcome.record = now;
                if (this.notHeld(now).length === 0) {
                    this.outcome.published = true;
                    this.opts.log.info(`Draft ${draft.id} was published meanwhile (by another run) with these files: ${now.doi ?? now.id}.`);
                    return;
                }
                throw new ConcurrentRunError(`Another run published draft ${draft.id} (${now.doi ?? 'no DOI'}) meanwhile, with other files than this run's. ` +
                    `Nothing more was published.`);
            }
            // A refusal because the draft's files changed under this run (another run sharing the
            // draft is replacing them) is that run's doing, not the metadata's.
            if (now) {
                if (this.notHeld(now).length > 0) {
                    throw new ConcurrentRunError(`Draft ${draft.id} changed while this run was publishing it (another run is writing into it): ` +
                        `${err.message.split('\n')[0]} Nothing was published by this run; re-run once the other run is done.`);
                }
            }
            if (err.status !== 400)
                throw err;
            throw err.reworded(`${err.message}\nFix these fields in the metadata (${this.input.metadataSource}) and re-run; draft ${draft.id} is kept with its files.`);
        }
        // The status code is not the proof: a 202 may come back for a record that is not published.
        if (published.state !== 'published')
            published = await this.repo.read(draft.id);
        this.outcome.record = published;
        if (published.state !== 'published') {
            throw new Error(`Zenodo accepted the publish request for draft ${draft.id}, but the record is not published (it shows as ${published.state}). ` +
                `Check it on Zenodo; a re-run publishes it if it is still a draft.`);
        }
        this.outcome.published = true;
        this.opts.log.info(`Published ${published.doi ?? published.id}: ${published.links.html ?? ''}`);
    }
}
/** Carries out the plan; never throws: a failure is the outcome's error. */
async function execute(plan, input, opts) {
    const run = new Execution(plan, input, opts);
    try {
        await run.run();
    }
    catch (err) {
        run.outcome.error = err;
    }
    return run.outcome;
}

;// CONCATENATED MODULE: ./src/report/plan.ts
// The plan as lines for the log and the job summary: a dry run and a real run print the same.


function describeTarget(target) {
    switch (target.kind) {
        case 'create':
            return 'create a new deposition';
        case 'draft':
            return `upload into draft ${target.draft.id} (${target.reason})`;
        case 'new-version':
            return `make a new version of record ${target.of.id} (${target.reason})`;
        case 'archived':
            return `Already archived: ${target.reason}. Nothing to do`;
        case 'read-only':
            return target.record ? `only read deposition ${target.record.id}` : 'nothing to create';
    }
}
function describePlan(plan) {
    const lines = [`Plan: ${describeTarget(plan.target)}.`];
    if (plan.identity)
        lines.push(`Identity: ${oneLine(plan.identity.label)} (marker ${oneLine(plan.identity.marker)})`);
    if (plan.version !== undefined)
        lines.push(`Version: ${oneLine(plan.version)}`);
    if (plan.target.kind === 'archived' || plan.target.kind === 'read-only')
        return lines;
    for (const f of plan.files) {
        const md5 = f.md5 ? `, md5 ${f.md5}` : '';
        lines.push(`  ${f.action.padEnd(7)} ${oneLine(f.name)} (${formatBytes(f.size)}${md5})`);
    }
    lines.push(`Final file set: ${plan.final.count} file(s), ${formatBytes(plan.final.bytes)}.`);
    lines.push(plan.sendMetadata ? `Metadata to send: ${oneLine(JSON.stringify(plan.metadata))}` : 'Metadata: unchanged.');
    if (plan.publish) {
        lines.push('Publish, after checking that:');
        for (const c of plan.checks)
            lines.push(`  - ${c}`);
    }
    else {
        lines.push('Leave the draft unpublished (publish: false).');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
// Step outputs. They describe the deposition as it is, so a failed run still points at its draft,
// and nothing is set that is not true.


function recordOutputs(record, dryRun) {
    // An edit draft's record is published; a draft's DOI is the reserved one.
    const published = record.state !== 'draft';
    const doi = published ? (record.doi ?? record.reservedDoi) : record.reservedDoi;
    const out = {
        [Outputs.DepositionId]: record.id,
        [Outputs.State]: dryRun ? 'dry-run' : published ? 'published' : 'draft'
    };
    if (record.conceptId)
        out[Outputs.ConceptId] = record.conceptId;
    if (doi) {
        out[Outputs.Doi] = doi;
        out[Outputs.DoiUrl] = `https://doi.org/${doi}`;
    }
    if (record.conceptDoi)
        out[Outputs.ConceptDoi] = record.conceptDoi;
    if (record.links.bucket)
        out[Outputs.BucketUrl] = record.links.bucket;
    // After publish links.html is the record page (/records/<id>); a draft's is its edit page.
    if (record.links.html)
        out[Outputs.HtmlUrl] = record.links.html;
    return out;
}
function filesOutput(files) {
    const list = files
        .filter((f) => f.status !== 'failed')
        .map((f) => ({ name: f.name, size: f.size, md5: f.md5, status: f.status }));
    return JSON.stringify(list);
}
function setOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        if (value !== undefined)
            setOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: DOI badge and links, state, and a table of files. Everything that comes from
// a user or from Zenodo is HTML-escaped, since addTable and addRaw insert raw HTML.


function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/**
 * Text from outside in a cell or paragraph: HTML escaped, and also the characters that Markdown
 * or a table would read (`|`, `*`, `_`, `[`, backticks), and newlines, since a blank line would
 * end the HTML block and hand the rest to the Markdown parser.
 */
function escapeText(text) {
    return escapeHtml(text)
        .replace(/[|*_[\]`\\~]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** A value from outside in an attribute: escaped, and on one line (a blank line ends the block). */
function attribute(text) {
    return escapeHtml(text.replace(/[\r\n]+/g, ' '));
}
function summary_link(href, text) {
    return `<a href="${attribute(href)}">${escapeText(text)}</a>`;
}
/** Zenodo's DOI badge, linking to the DOI. */
function badge(serverUrl, doi) {
    const img = `<img src="${attribute(`${serverUrl}/badge/DOI/${doi}.svg`)}" alt="DOI ${attribute(doi)}">`;
    return `<a href="${attribute(`https://doi.org/${doi}`)}">${img}</a>`;
}
/** Builds the summary as HTML; pure so tests can check it. */
function renderSummary(input) {
    const parts = [];
    const dep = input.record;
    const published = dep ? dep.state !== 'draft' : false;
    const status = input.error ? 'failed' : input.dryRun ? 'dry run' : published ? 'published' : 'draft';
    parts.push(`<h2>Zenodo upload: ${escapeHtml(status)}</h2>`);
    if (dep) {
        const doi = published ? dep.doi : dep.reservedDoi;
        if (doi) {
            parts.push(`<p>${badge(input.serverUrl, doi)} ${summary_link(`https://doi.org/${doi}`, doi)}` +
                (published ? '' : ' (reserved; it resolves once the record is published)') +
                '</p>');
        }
        if (dep.conceptDoi) {
            parts.push(`<p>Concept DOI (all versions): ${badge(input.serverUrl, dep.conceptDoi)} ${summary_link(`https://doi.org/${dep.conceptDoi}`, dep.conceptDoi)}</p>`);
        }
        const page = dep.links.html;
        const what = published ? 'Record' : 'Draft';
        parts.push(`<p>${what} ${escapeText(String(dep.id))}${page ? `: ${summary_link(page, page)}` : ''}</p>`);
    }
    if (input.files.length > 0) {
        const rows = input.files.map((f) => {
            const rate = f.seconds && f.seconds > 0 ? `${formatBytes(f.size / f.seconds)}/s` : '';
            return (`<tr><td>${escapeText(f.name)}</td><td>${escapeText(formatBytes(f.size))}</td><td><code>${escapeText(f.md5)}</code></td>` +
                `<td>${escapeText(f.status)}</td><td>${f.seconds !== undefined ? f.seconds.toFixed(1) + ' s' : ''}</td><td>${escapeText(rate)}</td></tr>`);
        });
        parts.push('<table><tr><th>File</th><th>Size</th><th>MD5</th><th>Status</th><th>Time</th><th>Throughput</th></tr>' +
            rows.join('') +
            '</table>');
    }
    if (input.plan && input.plan.length > 0) {
        parts.push(`<details${input.dryRun ? ' open' : ''}><summary>Plan</summary><pre>${input.plan.map(escapeText).join('<br>')}</pre></details>`);
    }
    for (const note of input.notes)
        parts.push(`<p>${escapeText(note)}</p>`);
    if (input.error) {
        const uploaded = input.files.filter((f) => f.status === 'uploaded').length;
        const kept = dep
            ? ` Draft kept at ${dep.links.html ? summary_link(dep.links.html, dep.links.html) : escapeText(String(dep.id))}; a re-run resumes it.`
            : ' Nothing was created on Zenodo.';
        const progress = input.plannedUploads > 0 ? `${uploaded} of ${input.plannedUploads} files uploaded.` : '';
        parts.push(`<p><strong>The run failed.</strong> ${progress}${kept}</p><pre>${escapeText(input.error)}</pre>`);
    }
    return parts.join('\n');
}
async function writeSummary(input) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(renderSummary(input), true).write();
}

;// CONCATENATED MODULE: ./src/report/run-report.ts
// What the run reports at the end, success or failure: step outputs and the job summary, built
// from the plan and the outcome only, so they never claim more than happened.






class RunReport {
    serverUrl = '';
    dryRun = false;
    plan;
    /** What gather read: a failed plan still reports the draft that deposition-id names. */
    remote;
    outcome;
    error;
    /** The record to report: what execution last saw, else what the plan found. */
    record() {
        if (this.outcome)
            return this.outcome.record;
        const t = this.plan?.target;
        if (!t)
            return this.remote?.given;
        if (t.kind === 'archived')
            return t.record;
        if (t.kind === 'draft')
            return t.draft;
        if (t.kind === 'read-only')
            return t.record;
        return undefined;
    }
    files() {
        if (this.outcome)
            return this.outcome.files;
        return (this.plan?.files ?? []).map((p) => ({
            name: p.name,
            size: p.size,
            md5: p.md5 ?? '',
            status: p.action === 'skip' ? 'skipped' : p.action === 'delete' ? 'deleted' : 'planned'
        }));
    }
    async write() {
        const record = this.record();
        const failed = this.error !== undefined;
        if (record)
            setOutputs(recordOutputs(record, this.dryRun));
        else if (this.dryRun && !failed)
            setOutputs({ [Outputs.State]: 'dry-run' });
        const files = this.files();
        if (record || (this.dryRun && !failed))
            setOutput(Outputs.Files, filesOutput(files));
        const notes = [...(this.outcome?.notes ?? [])];
        if (this.dryRun && this.plan?.target.kind === 'new-version') {
            notes.push(`A new version of record ${this.plan.target.of.id} would be made.`);
        }
        await writeSummary({
            dryRun: this.dryRun,
            record,
            files,
            plannedUploads: this.outcome?.plannedUploads ?? 0,
            notes,
            plan: this.plan ? describePlan(this.plan) : undefined,
            error: this.error ? redact(this.error.message) : undefined,
            serverUrl: this.serverUrl
        }).catch((err) => log.warning(`Could not write the job summary: ${err.message}`));
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/files/hash.ts


/** Read size. Past a few hundred KiB the size makes no measurable difference: MD5 is the cost. */
const HASH_CHUNK = 1024 * 1024;
function buffers(length) {
    return [Buffer.allocUnsafeSlow(length), Buffer.allocUnsafeSlow(length)];
}
async function hashFile(path, bufs) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('md5');
    const file = await (0,promises_namespaceObject.open)(path, 'r');
    // Sequential reads (no position), one in flight at a time: they stay in order.
    let pending = file.read(bufs[0], 0, bufs[0].length, null);
    try {
        for (let i = 0;; i ^= 1) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            pending = file.read(bufs[i ^ 1], 0, bufs[i ^ 1].length, null);
            hash.update(bufs[i].subarray(0, bytesRead));
        }
    }
    finally {
        // Never close under a read still in flight (after an error).
        await pending.catch(() => { });
        await file.close();
    }
    return hash.digest('hex');
}
/** MD5 of a file, streamed: memory stays flat whatever the size. */
async function md5File(path) {
    return hashFile(path, buffers(HASH_CHUNK));
}
async function md5Files(files) {
    const result = new Map();
    if (files.length === 0)
        return result;
    // One pair for all the files, sized to the largest (small files allocate little).
    const largest = files.reduce((n, f) => Math.max(n, f.size), 0);
    const bufs = buffers(Math.min(HASH_CHUNK, largest + 1)); // never 0: a zero-length read would end early
    for (const file of files)
        result.set(file.name, await hashFile(file.path, bufs));
    return result;
}

;// CONCATENATED MODULE: ./src/metadata/sanitize.ts
// Values in a metadata file that are no id at all (a free-text licence such as conda's
// "BSD 3 clause", `doi: FIXME`, `date-released: 2021-08-XX`) would go out as a licence id, a
// DOI or a date, and be refused by the server or, worse, stored. This step maps what maps to
// a real id and drops the rest with a warning naming the file and the field. It runs on the
// loaded metadata, from .zenodo.json, CITATION.cff or the inline input alike.
//
// A value that already looks like an id (one token of SPDX id characters) is left alone: it
// may well be a vocabulary id of the instance, and a wrong one is refused with its field named.

/**
 * `metadata` with every licence, DOI and date that is no id mapped or dropped; never mutates
 * it. `where` names the file (or input) in warnings. `cff` is the parsed CITATION.cff the
 * metadata was converted from, so that warnings name that file's fields (`date-released`,
 * `identifiers`) rather than the converted ones. Throws a MetadataError only for an embargo
 * without a usable date, since dropping the date would either open the files or be refused.
 */
function sanitizeMetadata(metadata, where, cff) {
    const md = structuredClone(metadata);
    const warnings = [];
    const warn = (field, message) => {
        warnings.push(`${where}: ${field} ${message}`);
    };
    sanitizeLicense(md, cff, warn);
    sanitizeDoi(md, warn);
    sanitizeRelated(md, cff, warn);
    sanitizeDates(md, where, cff, warn);
    return { metadata: md, warnings };
}
// ---------------------------------------------------------------------------------------
// Licences
/**
 * Zenodo's legacy licence ids and aliases → the RDM (lower-case SPDX) id, as its legacy layer
 * reads them: `LEGACY_ALIASES` first, then `legacy_to_rdm_map.json` (zenodo/zenodo-rdm
 * `legacy/zenodo_legacy/licenses.py`). Only the entries that change the id are listed.
 */
const LEGACY_LICENSE_TO_RDM = {
    'agpl-1.0': 'agpl-1.0-only',
    'agpl-3.0': 'agpl-3.0-only',
    'agpl-v3': 'agpl-3.0-only',
    apache: 'apache-2.0',
    'apache2.0': 'apache-2.0',
    'apgl-v3': 'agpl-3.0-only',
    'apl1.0': 'apl-1.0',
    'artistic-license-2.0': 'artistic-2.0',
    attribution: 'aal',
    'bsd-2-clause-freebsd': 'bsd-2-clause-views',
    'bsd-2-clause-netbsd': 'bsd-2-clause',
    'bsd-license': 'bsd-1-clause',
    'bsl1.0': 'bsl-1.0',
    'ca-tosl1.1': 'catosl-1.1',
    'canada-crown': 'ogl-canada-2.0',
    'cc-by': 'cc-by-4.0',
    'cc-by-sa': 'cc-by-sa-4.0',
    'cc-nc': 'cc-by-nc-2.0',
    'cc-zero': 'cc0-1.0',
    cddl1: 'cddl-1.0',
    'cpal_1.0': 'cpal-1.0',
    cuaoffice: 'cua-opl-1.0',
    ecl2: 'ecl-2.0',
    'eclipse-1.0': 'epl-1.0',
    eiffel: 'efl-2.0',
    frameworx: 'frameworx-1.0',
    'gfdl-1.1': 'gfdl-1.1-only',
    'gfdl-1.2': 'gfdl-1.2-only',
    'gfdl-1.3': 'gfdl-1.3-only',
    'gpl-1.0': 'gpl-1.0-only',
    'gpl-1.0+': 'gpl-1.0-or-later',
    'gpl-2.0': 'gpl-2.0-only',
    'gpl-2.0+': 'gpl-2.0-or-later',
    'gpl-3.0': 'gpl-3.0-only',
    'gpl-3.0+': 'gpl-3.0-or-later',
    ibmpl: 'ipl-1.0',
    'intel-osl': 'intel',
    ipafont: 'ipa',
    'isc-license': 'isc',
    'lgpl-2.0': 'lgpl-2.0-only',
    'lgpl-2.0+': 'lgpl-2.0-or-later',
    'lgpl-2.1': 'lgpl-2.1-only',
    'lgpl-2.1+': 'lgpl-2.1-or-later',
    'lgpl-3.0': 'lgpl-3.0-only',
    'lgpl-3.0+': 'lgpl-3.0-or-later',
    'lucent1.02': 'lpl-1.02',
    'mit-license': 'mit',
    mozilla: 'mpl-1.0',
    'mozilla1.1': 'mpl-1.1',
    'nasa1.3': 'nasa-1.3',
    nethack: 'ngpl',
    'nosl3.0': 'nposl-3.0',
    'ntp-license': 'ntp',
    oclc2: 'oclc-2.0',
    'odc-by': 'odc-by-1.0',
    'odc-odbl': 'odbl-1.0',
    'odc-pddl': 'pddl-1.0',
    'odc-pddl-1.0': 'pddl-1.0',
    openfont: 'ofl-1.1',
    opengroup: 'ogtsl',
    php: 'php-3.0',
    pythonpl: 'cnri-python',
    pythonsoftfoundation: 'python-2.0',
    qtpl: 'qpl-1.0',
    real: 'rpsl-1.0',
    ricohpl: 'rscpl',
    'rpl1.5': 'rpl-1.5',
    'standardml-nj': 'smlnj',
    'sun-issl': 'sissl',
    sunpublic: 'spl-1.0',
    sybase: 'watcom-1.0',
    'uk-ogl': 'ogl-uk-1.0',
    'uoi-ncsa': 'ncsa',
    ver2_eiffel: 'efl-2.0',
    vovidapl: 'vsl-1.0',
    'zlib-license': 'zlib',
    zpl: 'zpl-2.0'
};
// Deprecated SPDX GNU ids that Zenodo's table lacks (`AGPL-3.0+`): "+" meant "or later".
const GNU_PLUS = /^((?:a|l)?gpl-\d\.\d)\+$/;
/** One SPDX-style id token: what a vocabulary id can look like (legacy aliases use "_"). */
const ID_TOKEN = /^[a-z0-9][a-z0-9.+_-]*$/;
/** Values people write where they have no licence id yet. */
const PLACEHOLDER = /^(?:fixme|todo|tbd|tba|x{2,}|none|noassertion|unknown|null|undefined|n\/?a|changeme|-+|\?+)$/;
/**
 * Common SPDX ids (lower case), the only targets a free-text name is mapped to: SPDX forms an
 * id from the licence's short name with its words joined by hyphens ("BSD 3-Clause License"
 * → BSD-3-Clause, "Apache License 2.0" → Apache-2.0), so a name that differs from one of these
 * only in case, spaces and the words "license"/"version" spells that id.
 */
const COMMON_SPDX = new Set([
    '0bsd afl-3.0 agpl-3.0-only agpl-3.0-or-later apache-1.1 apache-2.0 artistic-1.0 artistic-2.0',
    'bsd-1-clause bsd-2-clause bsd-2-clause-patent bsd-3-clause bsd-3-clause-clear bsd-4-clause bsl-1.0',
    'cc-by-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-1.0 cc-by-sa-2.0 cc-by-sa-2.5 cc-by-sa-3.0',
    'cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-3.0 cc-by-nd-4.0 cc-by-nc-sa-3.0',
    'cc-by-nc-sa-4.0 cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc0-1.0 cc-pddc cddl-1.0 cddl-1.1 cecill-2.1 cecill-b',
    'cecill-c ecl-2.0 epl-1.0 epl-2.0 eupl-1.1 eupl-1.2 gfdl-1.3-only gfdl-1.3-or-later gpl-2.0-only',
    'gpl-2.0-or-later gpl-3.0-only gpl-3.0-or-later isc lgpl-2.1-only lgpl-2.1-or-later lgpl-3.0-only',
    'lgpl-3.0-or-later lppl-1.3c mit mit-0 mpl-1.1 mpl-2.0 ms-pl ms-rl ncsa odbl-1.0 odc-by-1.0 ofl-1.1',
    'osl-3.0 pddl-1.0 postgresql psf-2.0 python-2.0 unlicense upl-1.0 w3c wtfpl x11 zlib zpl-2.1'
]
    .join(' ')
    .split(' '));
/** The RDM id for an id token, after Zenodo's aliases and the deprecated GNU ids. */
function idToRdm(token) {
    const id = token.toLowerCase();
    const mapped = LEGACY_LICENSE_TO_RDM[id];
    if (mapped)
        return mapped;
    const plus = GNU_PLUS.exec(id);
    return plus ? `${plus[1]}-or-later` : id;
}
/**
 * Reads a licence value as an RDM licence id (lower-case SPDX): an id token as given (through
 * Zenodo's aliases), a URL or free-text name that spells a common SPDX id, the first licence
 * of an SPDX "A OR B" expression; otherwise nothing, with the reason.
 */
function readLicense(value) {
    const text = value.trim();
    const lower = text.toLowerCase();
    if (lower === '' || PLACEHOLDER.test(lower))
        return { kind: 'none', why: 'is a placeholder, not a licence id' };
    if (lower.startsWith('licenseref-')) {
        return { kind: 'none', why: 'is a local SPDX reference, which no repository has as a licence id' };
    }
    if (ID_TOKEN.test(lower))
        return { kind: 'id', id: idToRdm(lower) };
    const fromUrl = licenseFromUrl(lower);
    if (fromUrl)
        return { kind: 'mapped', id: fromUrl, how: 'the licence that URL names' };
    const spelled = spelledId(lower);
    if (spelled)
        return { kind: 'mapped', id: spelled, how: 'its SPDX id' };
    // SPDX operators are upper case; "or later" in a name was handled above.
    const alternatives = text.replace(/[()]/g, ' ').split(/\s+OR\s+/);
    if (alternatives.length > 1 && !/\s(?:AND|WITH)\s/.test(text)) {
        const first = alternatives[0].trim().toLowerCase();
        if (ID_TOKEN.test(first)) {
            return { kind: 'mapped', id: idToRdm(first), how: 'the first licence of the expression (one licence is kept)' };
        }
    }
    return { kind: 'none', why: 'is not a licence id' };
}
/** The RDM id of a licence value, or undefined when it is no licence id. */
function licenseToRdm(value) {
    const reading = readLicense(value);
    return reading.kind === 'none' ? undefined : reading.id;
}
// Words of a licence's full name that its SPDX id leaves out.
const FILLER = new Set(['the', 'license', 'licence', 'version', 'universal', 'international']);
function spelledId(lower) {
    const words = lower
        .replace(/\([^)]*\)/g, ' ')
        .replace(/[",;:]/g, ' ')
        .split(/[\s_]+/)
        .filter((w) => w !== '' && !FILLER.has(w));
    if (words.length === 0)
        return undefined;
    const id = idToRdm(words.join('-'));
    return COMMON_SPDX.has(id) ? id : undefined;
}
// spdx.org/licenses/<id>, opensource.org/licenses/<id> and Creative Commons deeds name one licence.
function licenseFromUrl(lower) {
    const m = /^https?:\/\/(?:www\.)?([^/]+)\/(.*?)\/?$/.exec(lower);
    if (!m)
        return undefined;
    const [, host, path] = m;
    if (host === 'spdx.org' || host === 'opensource.org') {
        const id = /^licenses\/([a-z0-9.+-]+?)(?:\.html|\.php)?$/.exec(path)?.[1];
        return id && COMMON_SPDX.has(idToRdm(id)) ? idToRdm(id) : undefined;
    }
    if (host === 'creativecommons.org') {
        if (/^publicdomain\/zero\/1\.0(?:\/.*)?$/.test(path))
            return 'cc0-1.0';
        const cc = /^licenses\/([a-z-]+)\/(\d\.\d)(?:\/.*)?$/.exec(path);
        const id = cc ? `cc-${cc[1]}-${cc[2]}` : undefined;
        return id && COMMON_SPDX.has(id) ? id : undefined;
    }
    return undefined;
}
function sanitizeLicense(md, cff, warn) {
    const value = md.license;
    const id = isPlainObject(value) ? value.id : value;
    if (typeof id !== 'string')
        return;
    const reading = readLicense(id);
    if (reading.kind === 'id')
        return;
    // Show the value as the file has it (cff.ts lower-cases the licence it converts).
    const shown = typeof cff?.license === 'string' ? cff.license : id;
    if (reading.kind === 'mapped') {
        md.license = isPlainObject(value) ? { ...value, id: reading.id } : reading.id;
        warn('license', `${JSON.stringify(shown)} is not a licence id; sent as "${reading.id}", ${reading.how}.`);
        return;
    }
    delete md.license;
    warn('license', `${JSON.stringify(shown)} ${reading.why}; dropped (Zenodo then applies its default, CC-BY-4.0 or ` +
        'CC0-1.0 for datasets). Give an SPDX licence id such as "BSD-3-Clause".');
}
// ---------------------------------------------------------------------------------------
// DOIs
const DOI = /^10\.\d+(?:\.\d+)*\/\S+$/;
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i;
/** The bare DOI ("10.1234/x") of a DOI, doi: name or doi.org URL; undefined when it is none. */
function normalizeDoi(value) {
    const bare = value.trim().replace(DOI_PREFIX, '');
    return DOI.test(bare) ? bare : undefined;
}
function sanitizeDoi(md, warn) {
    if (typeof md.doi !== 'string' || md.doi.trim() === '')
        return;
    const doi = normalizeDoi(md.doi);
    // The bare form: Zenodo tells its own DOIs from external ones by the "10.5281/" prefix.
    if (doi !== undefined)
        md.doi = doi;
    else {
        warn('doi', `${JSON.stringify(md.doi)} is not a DOI (10.<prefix>/<suffix>); dropped.`);
        delete md.doi;
    }
}
function sanitizeRelated(md, cff, warn) {
    const list = md.related_identifiers;
    if (!Array.isArray(list))
        return;
    const kept = [];
    list.forEach((r, i) => {
        const scheme = typeof r.scheme === 'string' ? r.scheme.trim().toLowerCase() : '';
        if (scheme !== 'doi' || normalizeDoi(r.identifier) !== undefined) {
            kept.push(r);
            return;
        }
        const field = cff ? cffIdentifierField(cff, r.identifier) : `related_identifiers[${i}]`;
        warn(field, `${JSON.stringify(r.identifier)} is not a DOI (10.<prefix>/<suffix>); dropped.`);
    });
    if (kept.length === list.length)
        return;
    if (kept.length > 0)
        md.related_identifiers = kept;
    else
        delete md.related_identifiers;
}
/** Which CITATION.cff field a converted related identifier came from (see cff.ts). */
function cffIdentifierField(cff, identifier) {
    if (typeof cff.doi === 'string' && cff.doi.trim() === identifier)
        return 'doi';
    if (Array.isArray(cff.identifiers)) {
        const i = cff.identifiers.findIndex((e) => isPlainObject(e) && typeof e.value === 'string' && e.value.trim() === identifier);
        if (i >= 0)
            return `identifiers[${i}]`;
    }
    return 'doi';
}
// ---------------------------------------------------------------------------------------
// Dates
const sanitize_EDTF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** An EDTF level 0 date (YYYY, YYYY-MM, YYYY-MM-DD) that exists in the calendar. */
function isEdtfDate(value) {
    const m = sanitize_EDTF_DATE.exec(value);
    if (!m)
        return false;
    const [, y, mo, d] = m;
    if (mo === undefined)
        return true;
    const month = Number(mo);
    if (month < 1 || month > 12)
        return false;
    if (d === undefined)
        return true;
    const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}
/**
 * The EDTF date a value means: itself when valid; "2021-8-5" padded; the day of an ISO
 * timestamp. Undefined for anything else ("2021-08-XX", "2021-02-30", "FIXME").
 */
function normalizeDate(value, fullDay = false) {
    const text = value.trim();
    let date = text;
    const unpadded = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
    if (unpadded) {
        date = [unpadded[1], unpadded[2].padStart(2, '0'), unpadded[3]?.padStart(2, '0')].filter(Boolean).join('-');
    }
    else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(text)) {
        date = text.slice(0, 10);
    }
    if (!isEdtfDate(date))
        return undefined;
    return fullDay && date.length !== 10 ? undefined : date;
}
/** A date or a "start/end" interval of them (what RDM's publication_date takes). */
function normalizeDateOrInterval(value) {
    const parts = value.split('/');
    if (parts.length > 2)
        return undefined;
    const dates = parts.map((p) => normalizeDate(p));
    return dates.every((d) => d !== undefined) ? dates.join('/') : undefined;
}
function sanitizeDates(md, where, cff, warn) {
    if (typeof md.publication_date === 'string' && md.publication_date.trim() !== '') {
        const date = normalizeDateOrInterval(md.publication_date);
        if (date !== undefined)
            md.publication_date = date;
        else {
            warn(cff ? 'date-released' : 'publication_date', `${JSON.stringify(md.publication_date)} is not a date (YYYY-MM-DD); dropped (the publication date ` +
                'defaults to today).');
            delete md.publication_date;
        }
    }
    if (typeof md.embargo_date === 'string' && md.embargo_date.trim() !== '') {
        const date = normalizeDate(md.embargo_date, true);
        if (date !== undefined)
            md.embargo_date = date;
        else if (md.access_right === 'embargoed') {
            // Without its date the embargo is refused, and without the embargo the files would be open.
            throw new types_MetadataError(`${where}: embargo_date: ${JSON.stringify(md.embargo_date)} is not a date; an embargo needs the ` +
                'day it ends, as YYYY-MM-DD.', { fieldPath: ['embargo_date'] });
        }
        else {
            warn('embargo_date', `${JSON.stringify(md.embargo_date)} is not a date (YYYY-MM-DD); dropped.`);
            delete md.embargo_date;
        }
    }
    if (Array.isArray(md.dates)) {
        const kept = [];
        md.dates.forEach((d, i) => {
            if (!isPlainObject(d)) {
                kept.push(d);
                return;
            }
            // An empty bound counts as absent, as in Zenodo's legacy layer.
            const given = ['start', 'end'].filter((k) => typeof d[k] === 'string' && d[k].trim() !== '');
            const bad = given.find((k) => normalizeDate(d[k]) === undefined);
            if (bad === undefined) {
                for (const k of given)
                    d[k] = normalizeDate(d[k]);
                kept.push(d);
                return;
            }
            warn(`dates[${i}].${bad}`, `${JSON.stringify(d[bad])} is not a date (YYYY-MM-DD); the date entry is dropped.`);
        });
        if (kept.length > 0)
            md.dates = kept;
        else
            delete md.dates;
    }
}

;// CONCATENATED MODULE: ./src/metadata/rdm.ts
// Zenodo's legacy deposit metadata (the `.zenodo.json` shape) ↔ InvenioRDM's native record
// metadata, field by field as Zenodo's own legacy layer converts it: zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/deserializers/metadata.py` and `schemas.py` (legacy → RDM), and
// `site/zenodo_rdm/legacy/serializers/schemas/common.py` and `legacyjson.py` (RDM → legacy).
// Pure functions: no I/O, no clock. Where this differs from Zenodo the comment says why.




// ---------------------------------------------------------------------------------------
// Vocabularies
// RDM relation id → legacy relation (common.py RELATION_TYPE_MAPPING).
const RELATION_BY_ID = new Map(RELATIONS.map((r) => [r.toLowerCase(), r]));
// RDM role id → legacy contributor type (common.py ROLE_TYPE_MAPPING, DataCite's roles).
const ROLES = [
    'ContactPerson',
    'DataCollector',
    'DataCurator',
    'DataManager',
    'Distributor',
    'Editor',
    'HostingInstitution',
    'Producer',
    'ProjectLeader',
    'ProjectManager',
    'ProjectMember',
    'RegistrationAgency',
    'RegistrationAuthority',
    'RelatedPerson',
    'Researcher',
    'ResearchGroup',
    'RightsHolder',
    'Sponsor',
    'Supervisor',
    'WorkPackageLeader',
    'Other'
];
const ROLE_BY_ID = new Map(ROLES.map((r) => [r.toLowerCase(), r]));
/**
 * RDM licence id → the legacy id Zenodo prints, where it is not the RDM id itself. Zenodo
 * inverts its legacy→RDM table, so the last legacy id of each RDM id wins, an old alias as
 * often as not (`mit` prints as `mit-license`, `cc0-1.0` as `cc-zero`; legacy/zenodo_legacy/
 * licenses.py RDM_TO_LEGACY_MAP over data/legacy_to_rdm_map.json).
 */
const RDM_LICENSE_TO_LEGACY = {
    aal: 'attribution',
    'agpl-3.0-only': 'apgl-v3',
    'apl-1.0': 'apl1.0',
    'apache-1.0': 'apache',
    'apache-2.0': 'apache2.0',
    'artistic-2.0': 'artistic-license-2.0',
    'bsd-1-clause': 'bsd-license',
    'bsd-2-clause': 'bsd-2-clause-netbsd',
    'bsl-1.0': 'bsl1.0',
    'catosl-1.1': 'ca-tosl1.1',
    'cc-by-1.0': 'cc-by',
    'cc-by-nc-2.0': 'cc-nc',
    'cc-by-sa-1.0': 'cc-by-sa',
    'cc0-1.0': 'cc-zero',
    'cddl-1.0': 'cddl1',
    'cpal-1.0': 'cpal_1.0',
    'cua-opl-1.0': 'cuaoffice',
    'ecl-2.0': 'ecl2',
    'efl-1.0': 'eiffel',
    'efl-2.0': 'ver2_eiffel',
    'epl-1.0': 'eclipse-1.0',
    'frameworx-1.0': 'frameworx',
    'gfdl-1.1-only': 'gfdl',
    'gpl-2.0-only': 'gpl-2.0',
    'gpl-3.0-only': 'gpl-3.0',
    ipa: 'ipafont',
    'ipl-1.0': 'ibmpl',
    isc: 'isc-license',
    intel: 'intel-osl',
    'lal-1.2': 'fal',
    'lgpl-2.1-only': 'lgpl-2.1',
    'lgpl-3.0-only': 'lgpl-3.0',
    'lpl-1.02': 'lucent1.02',
    mit: 'mit-license',
    'mpl-1.0': 'mozilla',
    'mpl-1.1': 'mozilla1.1',
    'nasa-1.3': 'nasa1.3',
    ncsa: 'uoi-ncsa',
    ngpl: 'nethack',
    'nposl-3.0': 'nosl3.0',
    ntp: 'ntp-license',
    'oclc-2.0': 'oclc2',
    'odc-by-1.0': 'odc-by',
    'odbl-1.0': 'odc-odbl',
    'ofl-1.0': 'openfont',
    'ogl-canada-2.0': 'canada-crown',
    'ogl-uk-1.0': 'uk-ogl',
    ogtsl: 'opengroup',
    'pddl-1.0': 'odc-pddl',
    'php-3.0': 'php',
    'psf-2.0': 'pythonsoftfoundation',
    'python-2.0': 'pythonpl',
    'rpl-1.5': 'rpl1.5',
    'rpsl-1.0': 'real',
    rscpl: 'ricohpl',
    sissl: 'sun-issl',
    smlnj: 'standardml-nj',
    'spl-1.0': 'sunpublic',
    'vsl-1.0': 'vovidapl',
    'watcom-1.0': 'sybase',
    'zpl-1.1': 'zpl',
    zlib: 'zlib-license'
};
/** The legacy licence id Zenodo's serializer prints for an RDM licence id. */
function rdmLicenseToLegacy(id) {
    return RDM_LICENSE_TO_LEGACY[id] ?? id;
}
// Funder DOI → the ROR id of Zenodo's funder vocabulary (legacy/zenodo_legacy/funders.py).
// RCUK's awards moved to UKRI, so both DOIs resolve to UKRI.
const FUNDER_DOI_TO_ROR = {
    '10.13039/501100001665': '00rbzpz17',
    '10.13039/501100002341': '05k73zm37',
    '10.13039/501100000923': '05mmh0f86',
    '10.13039/100018231': '03zj4c476',
    '10.13039/501100000024': '01gavpb45',
    '10.13039/501100000780': '00k4n6c32',
    '10.13039/501100000806': '02k4b9v70',
    '10.13039/501100001871': '00snfqn58',
    '10.13039/501100002428': '013tf3c58',
    '10.13039/501100004488': '03n51vw80',
    '10.13039/501100004564': '01znas443',
    '10.13039/501100000925': '011kf5r70',
    '10.13039/100000002': '01cwqze88',
    '10.13039/501100000038': '01h531d29',
    '10.13039/100000001': '021nxhr62',
    '10.13039/501100003246': '04jsz6e67',
    '10.13039/501100000690': '001aqnf71',
    '10.13039/100014013': '001aqnf71',
    '10.13039/501100001602': '0271asj38',
    '10.13039/501100001711': '00yjd3n13',
    '10.13039/100001345': '006cvnv84',
    '10.13039/501100004410': '04w9kkr77',
    '10.13039/100004440': '029chgv08',
    '10.13039/501100006364': '03m8vkq32',
    '10.13039/501100011730': '00x0z1472'
};
const FUNDER_ROR_TO_DOI = new Map(Object.entries(FUNDER_DOI_TO_ROR).map(([doi, ror]) => [ror, doi]));
FUNDER_ROR_TO_DOI.set('001aqnf71', '10.13039/100014013');
// A grant id without "<funder DOI>::" is an FP7 project of the European Commission.
const EC_FUNDER_DOI = '10.13039/501100000780';
// ISO 639-1 → the 3-letter id of RDM's language vocabulary, as pycountry maps it for Zenodo's
// legacy layer (`alpha_2` → `alpha_3` of ISO 639-3; Debian's iso-codes 4.15 lists the same).
const ISO639_1 = new Map(('aaaar ababk aeave afafr akaka amamh anarg arara asasm avava ayaym azaze babak bebel bgbul bibis bmbam ' +
    'bnben bobod brbre bsbos cacat ceche chcha cocos crcre csces cuchu cvchv cycym dadan dedeu dvdiv dzdzo ' +
    'eeewe elell eneng eoepo esspa etest eueus fafas ffful fifin fjfij fofao frfra fyfry gagle gdgla glglg ' +
    'gngrn guguj gvglv hahau heheb hihin hohmo hrhrv hthat huhun hyhye hzher iaina idind ieile igibo iiiii ' +
    'ikipk ioido isisl itita iuiku jajpn jvjav kakat kgkon kikik kjkua kkkaz klkal kmkhm knkan kokor krkau ' +
    'kskas kukur kvkom kwcor kykir lalat lbltz lglug lilim lnlin lolao ltlit lulub lvlav mgmlg mhmah mimri ' +
    'mkmkd mlmal mnmon mrmar msmsa mtmlt mymya nanau nbnob ndnde nenep ngndo nlnld nnnno nonor nrnbl nvnav ' +
    'nynya ococi ojoji omorm orori ososs papan pipli plpol pspus ptpor quque rmroh rnrun roron rurus rwkin ' +
    'sasan scsrd sdsnd sesme sgsag shhbs sisin skslk slslv smsmo snsna sosom sqsqi srsrp ssssw stsot susun ' +
    'svswe swswa tatam tetel tgtgk ththa titir tktuk tltgl tntsn toton trtur tstso tttat twtwi tytah uguig ' +
    'ukukr ururd uzuzb veven vivie vovol wawln wowol xhxho yiyid yoyor zazha zhzho zuzul')
    .split(' ')
    .map((e) => [e.slice(0, 2), e.slice(2)]));
/** RDM language id for a legacy language code (2 or 3 letters); undefined when unknown. */
function languageToRdm(code) {
    const c = code.trim().toLowerCase();
    if (/^[a-z]{3}$/.test(c))
        return c;
    return /^[a-z]{2}$/.test(c) ? ISO639_1.get(c) : undefined;
}
// Legacy fields that only Zenodo defines as custom fields (schemas.py load_custom_fields).
const JOURNAL = {
    journal_title: 'title',
    journal_volume: 'volume',
    journal_issue: 'issue',
    journal_pages: 'pages'
};
const MEETING = {
    conference_title: 'title',
    conference_acronym: 'acronym',
    conference_dates: 'dates',
    conference_place: 'place',
    conference_url: 'url',
    conference_session: 'session',
    conference_session_part: 'session_part'
};
const IMPRINT = {
    partof_title: 'title',
    partof_pages: 'pages',
    imprint_isbn: 'isbn',
    imprint_place: 'place'
};
const THESIS = { thesis_university: 'university' };
const ZENODO_CUSTOM = [
    ['journal:journal', JOURNAL],
    ['meeting:meeting', MEETING],
    ['imprint:imprint', IMPRINT],
    ['thesis:thesis', THESIS]
];
// Custom-field namespaces the legacy serializer prints as legacy fields, not under `custom`.
const LEGACY_NAMESPACES = ['legacy:', 'thesis:', 'imprint:', 'meeting:', 'journal:', 'part_of:'];
// ---------------------------------------------------------------------------------------
// Legacy → RDM
/**
 * The native API's `metadata`, `custom_fields`, `access` and `pids` for legacy metadata.
 * `communities` come back apart as slugs. Every value that is dropped (a Zenodo-only field
 * elsewhere, an unknown key, a language code without an id) gets a warning.
 */
function toRdm(legacy, options) {
    const warnings = [];
    const warn = (field, message) => {
        warnings.push(`${field}: ${message}`);
    };
    const md = {};
    const custom = {};
    const type = rdm_text(legacy.upload_type);
    if (type !== undefined) {
        const sub = rdm_text(legacy[`${type}_type`]);
        md.resource_type = { id: sub !== undefined ? `${type}-${sub}` : type };
    }
    for (const key of ['title', 'publication_date', 'description', 'version']) {
        const value = rdm_text(legacy[key]);
        if (value !== undefined)
            md[key] = value;
    }
    const creators = list(legacy.creators).map(personToRdm);
    if (creators.length > 0)
        md.creators = creators;
    // Supervisors first, as contributors with the role "supervisor".
    const contributors = [
        ...list(legacy.thesis_supervisors).map((p) => ({ ...personToRdm(p), role: { id: 'supervisor' } })),
        ...list(legacy.contributors).map((p) => {
            const c = personToRdm(p);
            const role = rdm_text(p.type);
            return role !== undefined ? { ...c, role: { id: role.toLowerCase() } } : c;
        })
    ];
    if (contributors.length > 0)
        md.contributors = contributors;
    md.publisher = rdm_text(legacy.imprint_publisher) ?? options.publisherDefault;
    const rights = rightsToRdm(legacy, options.zenodo, warn);
    if (rights)
        md.rights = rights;
    const keywords = strings(legacy.keywords);
    if (keywords.length > 0)
        md.subjects = keywords.map((subject) => ({ subject }));
    const subjects = list(legacy.subjects).filter(isPlainObject);
    if (subjects.length > 0) {
        if (options.zenodo)
            custom['legacy:subjects'] = subjects.map(legacySubject);
        else
            warn('subjects', "Zenodo's own custom field (legacy:subjects), which this repository lacks; dropped.");
    }
    relatedToRdm(list(legacy.related_identifiers), md, warn);
    const dates = datesToRdm(list(legacy.dates), warn);
    if (dates.length > 0)
        md.dates = dates;
    if (legacy.language !== undefined) {
        const id = typeof legacy.language === 'string' ? languageToRdm(legacy.language) : undefined;
        if (id !== undefined)
            md.languages = [{ id }];
        else
            warn('language', `${JSON.stringify(legacy.language)} is no ISO 639-1 or 639-2 code; dropped.`);
    }
    const funding = list(legacy.grants).flatMap((g) => grantToRdm(g, warn));
    if (funding.length > 0)
        md.funding = funding;
    const features = list(legacy.locations).filter(isPlainObject).map(locationToRdm);
    if (features.length > 0)
        md.locations = { features };
    const references = strings(legacy.references);
    if (references.length > 0)
        md.references = references.map((reference) => ({ reference }));
    const descriptions = [];
    const notes = rdm_text(legacy.notes);
    if (notes !== undefined)
        descriptions.push({ description: notes, type: { id: 'notes' } });
    const method = rdm_text(legacy.method);
    if (method !== undefined)
        descriptions.push({ description: method, type: { id: 'methods' } });
    if (descriptions.length > 0)
        md.additional_descriptions = descriptions;
    for (const [name, fields] of ZENODO_CUSTOM) {
        const value = {};
        for (const [key, sub] of Object.entries(fields)) {
            const v = rdm_text(legacy[key]);
            if (v !== undefined)
                value[sub] = v;
        }
        const given = Object.keys(fields).filter((k) => rdm_text(legacy[k]) !== undefined);
        if (given.length === 0)
            continue;
        if (options.zenodo)
            custom[name] = value;
        else
            warn(given.join(', '), `Zenodo's own custom field (${name}), which this repository lacks; dropped.`);
    }
    // The file's own custom fields (e.g. dwc:*), as the legacy layer merges them.
    if (isPlainObject(legacy.custom))
        Object.assign(custom, structuredClone(legacy.custom));
    const result = {
        metadata: md,
        custom_fields: custom,
        communities: list(legacy.communities)
            .filter(isPlainObject)
            .map((c) => c.identifier)
            .filter((s) => typeof s === 'string' && s !== ''),
        warnings
    };
    const access = accessToRdm(legacy, warn);
    if (access)
        result.access = access;
    const doi = rdm_text(legacy.doi);
    if (doi !== undefined) {
        // Zenodo mints 10.5281/ DOIs itself; any other DOI, or any DOI elsewhere, is external.
        result.pids = {
            doi: options.zenodo && doi.startsWith('10.5281/')
                ? { identifier: doi, provider: 'datacite', client: 'datacite' }
                : { identifier: doi, provider: 'external' }
        };
    }
    warnUnknown(legacy, type, warn);
    return result;
}
function personToRdm(p) {
    const person = { type: 'personal' };
    const name = rdm_text(p.name);
    if (name !== undefined) {
        // Exactly one comma: "Family, Given". Anything else is all family name (the legacy
        // format cannot tell people from organisations).
        const parts = name.split(',');
        if (parts.length === 2) {
            person.family_name = parts[0].trim();
            const given = parts[1].trim();
            if (given !== '')
                person.given_name = given;
        }
        else {
            person.family_name = name.trim();
        }
    }
    const identifiers = [];
    const orcid = rdm_text(p.orcid);
    if (orcid !== undefined)
        identifiers.push({ scheme: 'orcid', identifier: normalizeOrcidLike(orcid) });
    const gnd = rdm_text(p.gnd);
    // idutils' normalize_gnd form; the serializer strips the "gnd:" again.
    if (gnd !== undefined)
        identifiers.push({ scheme: 'gnd', identifier: `gnd:${gnd.replace(/^gnd:/i, '')}` });
    if (identifiers.length > 0)
        person.identifiers = identifiers;
    const creator = { person_or_org: person };
    const affiliation = rdm_text(p.affiliation);
    if (affiliation !== undefined)
        creator.affiliations = [{ name: affiliation }];
    return creator;
}
// idutils' normalize_orcid: URL prefix off, dashes regrouped. Checking it is validate.ts's job.
function normalizeOrcidLike(value) {
    const compact = stripOrcidUrl(value).replace(/[-\s]/g, '');
    if (compact.length !== 16)
        return stripOrcidUrl(value);
    return [0, 4, 8, 12].map((i) => compact.slice(i, i + 4)).join('-');
}
function rightsToRdm(legacy, zenodo, warn) {
    const value = isPlainObject(legacy.license) ? legacy.license.id : legacy.license;
    if (typeof value === 'string' && value.trim() !== '') {
        const id = licenseToRdm(value);
        if (id !== undefined)
            return [{ id }];
        warn('license', `${JSON.stringify(value)} is not a licence id; dropped.`);
        return undefined;
    }
    // Zenodo's default for open and embargoed uploads (schemas.py load_default_license); it is
    // Zenodo's policy, not InvenioRDM's, so other repositories get no licence.
    const access = legacy.access_right ?? 'open';
    if (zenodo && (access === 'open' || access === 'embargoed')) {
        return [{ id: legacy.upload_type === 'dataset' ? 'cc0-1.0' : 'cc-by-4.0' }];
    }
    return undefined;
}
function legacySubject(s) {
    const out = {};
    for (const key of ['term', 'identifier', 'scheme'])
        if (s[key] !== undefined && s[key] !== null)
            out[key] = s[key];
    return out;
}
function relatedToRdm(items, md, warn) {
    const related = [];
    const alternate = [];
    items.forEach((item, i) => {
        if (!isPlainObject(item) || typeof item.identifier !== 'string' || item.identifier.trim() === '') {
            warn(`related_identifiers[${i}]`, 'has no identifier; dropped.');
            return;
        }
        const r = item;
        const identifier = r.identifier.trim();
        // Zenodo detects the scheme from the identifier and ignores the one given; the given one
        // is kept where this detection knows no scheme, for the repository to check.
        const scheme = detectScheme(identifier) ?? rdm_text(r.scheme)?.toLowerCase();
        const base = scheme !== undefined ? { identifier, scheme } : { identifier };
        if (r.relation === 'isAlternateIdentifier') {
            alternate.push(base);
            return;
        }
        // Zenodo patches this historical typo (zenodo/zenodo#1366).
        const relation = r.relation === 'isOrignialFormOf' ? 'isOriginalFormOf' : r.relation;
        if (typeof relation !== 'string' || relation.trim() === '') {
            warn(`related_identifiers[${i}].relation`, 'is missing; the identifier is dropped.');
            return;
        }
        const out = { ...base, relation_type: { id: relation.trim().toLowerCase() } };
        const resourceType = rdm_text(r.resource_type);
        if (resourceType !== undefined)
            out.resource_type = { id: resourceType };
        related.push(out);
    });
    if (related.length > 0)
        md.related_identifiers = related;
    if (alternate.length > 0)
        md.identifiers = alternate;
}
/**
 * The identifier scheme Zenodo would detect (idutils), for the unambiguous forms; undefined
 * where this cannot tell (then the given scheme is used).
 */
function detectScheme(identifier) {
    const v = identifier.trim();
    const tests = [
        ['doi', /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d+(?:\.\d+)*\/\S+$/i],
        ['ark', /^(?:ark:\/|https?:\/\/[^/\s]+\/ark:\/)\d+\/\S+$/i],
        ['handle', /^(?:hdl:\s*|https?:\/\/hdl\.handle\.net\/)[^/\s]+\/\S+$/i],
        ['swh', /^swh:1:(?:cnt|dir|rel|rev|snp):[0-9a-f]{40}/i],
        ['arxiv', /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i],
        ['urn', /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i],
        ['url', /^(?:https?|ftp):\/\/[^\s/$.?#][^\s]*$/i]
    ];
    return tests.find(([, re]) => re.test(v))?.[0];
}
function datesToRdm(items, warn) {
    const out = [];
    items.forEach((d, i) => {
        if (!isPlainObject(d))
            return;
        const start = rdm_text(d.start);
        const end = rdm_text(d.end);
        // EDTF level 0: a single date or a closed "start/end" interval.
        const date = start && end ? (start === end ? start : `${start}/${end}`) : (start ?? end);
        const type = rdm_text(d.type);
        if (date === undefined || type === undefined) {
            warn(`dates[${i}]`, `has no ${date === undefined ? 'start or end' : 'type'}; dropped.`);
            return;
        }
        const entry = { date, type: { id: type.toLowerCase() } };
        const description = rdm_text(d.description);
        if (description !== undefined)
            entry.description = description;
        out.push(entry);
    });
    return out;
}
function grantToRdm(g, warn) {
    const id = isPlainObject(g) ? rdm_text(g.id) : undefined;
    if (id === undefined) {
        warn('grants', `${JSON.stringify(g)} has no id; dropped.`);
        return [];
    }
    const full = id.includes('::') ? id : `${EC_FUNDER_DOI}::${id}`;
    const cut = full.indexOf('::');
    const funderDoi = full.slice(0, cut);
    const funder = FUNDER_DOI_TO_ROR[funderDoi] ?? funderDoi;
    return [{ funder: { id: funder }, award: { id: `${funder}::${full.slice(cut + 2)}` } }];
}
function locationToRdm(l) {
    const feature = {};
    const place = rdm_text(l.place);
    if (place !== undefined)
        feature.place = place;
    // Zenodo keeps the point only when both are truthy, so a 0 loses it.
    if (typeof l.lat === 'number' && typeof l.lon === 'number' && l.lat && l.lon) {
        feature.geometry = { type: 'Point', coordinates: [l.lon, l.lat] };
    }
    const description = rdm_text(l.description);
    if (description !== undefined)
        feature.description = description;
    return feature;
}
function accessToRdm(legacy, warn) {
    const right = legacy.access_right;
    const embargo = rdm_text(legacy.embargo_date);
    if (embargo !== undefined && right !== 'embargoed') {
        warn('embargo_date', 'is ignored unless access_right is "embargoed" (as on Zenodo).');
    }
    if (rdm_text(legacy.access_conditions) !== undefined) {
        // Zenodo does not convert it either; RDM keeps access-request terms on the parent record.
        warn('access_conditions', 'has no field in an RDM draft; dropped.');
    }
    if (right === undefined)
        return undefined;
    if (right === 'open')
        return { record: 'public', files: 'public' };
    if (right === 'embargoed' && embargo !== undefined) {
        return { record: 'public', files: 'restricted', embargo: { active: true, until: embargo } };
    }
    if (right !== 'restricted' && right !== 'closed') {
        // Zenodo refuses this ("Unknown access type."); restricted files are the safe reading.
        warn('access_right', `${JSON.stringify(right)}${right === 'embargoed' ? ' without embargo_date' : ''} is not an access Zenodo knows; the files are restricted.`);
    }
    // Closed becomes restricted: InvenioRDM has no closed access, and Zenodo no restricted records.
    return { record: 'public', files: 'restricted' };
}
function warnUnknown(legacy, type, warn) {
    for (const key of Object.keys(legacy)) {
        if (KNOWN_FIELDS.has(key) || legacy[key] === undefined)
            continue;
        const subtypeOf = key.endsWith('_type') ? key.slice(0, -'_type'.length) : undefined;
        if (subtypeOf !== undefined && subtypeOf in UPLOAD_TYPES) {
            if (subtypeOf !== type)
                warn(key, `is ignored: upload_type is ${type === undefined ? 'not set' : `"${type}"`}.`);
            continue;
        }
        warn(key, 'is not a Zenodo metadata field; ignored.');
    }
}
// ---------------------------------------------------------------------------------------
// RDM → legacy
/**
 * The legacy metadata Zenodo's serializer prints for a native draft or record (or for what
 * toRdm built), for comparing with the file's. Like Zenodo's: no `thesis_supervisors` (they
 * are contributors with type Supervisor), single dates without their value, the licence as
 * Zenodo's legacy id, alternate identifiers last among the related ones. Unlike Zenodo's: no
 * `communities` (they go through requests), no `prereserve_doi`, and no null values (Zenodo
 * prints `affiliation: null`, which comparisons drop anyway).
 */
function fromRdm(rdm) {
    const md = rdm.metadata ?? {};
    const custom = isPlainObject(rdm.custom_fields) ? rdm.custom_fields : {};
    const out = {};
    const typeId = md.resource_type?.id;
    if (typeId) {
        const parts = typeId.split('-');
        out.upload_type = parts[0];
        if (parts.length > 1)
            out[`${parts[0]}_type`] = parts[parts.length - 1];
    }
    for (const key of ['title', 'publication_date', 'description', 'version']) {
        if (typeof md[key] === 'string')
            out[key] = md[key];
    }
    const doi = rdm.pids?.doi?.identifier;
    if (doi)
        out.doi = doi;
    // Records read back always carry access; a bare toRdm result without it is public.
    const access = rdm.access ?? { record: 'public', files: 'public' };
    out.access_right = access.files === 'public' ? 'open' : access.embargo?.active ? 'embargoed' : 'restricted';
    if (access.embargo?.until)
        out.embargo_date = access.embargo.until;
    const creators = (md.creators ?? []).map(personFromRdm);
    if (creators.length > 0)
        out.creators = creators;
    const contributors = (md.contributors ?? []).map((c) => {
        const person = personFromRdm(c);
        const role = c.role?.id !== undefined ? ROLE_BY_ID.get(c.role.id) : undefined;
        if (role !== undefined)
            person.type = role;
        return person;
    });
    if (contributors.length > 0)
        out.contributors = contributors;
    const license = md.rights?.[0]?.id;
    if (license)
        out.license = rdmLicenseToLegacy(license);
    // Subjects with an id come from a vocabulary; only free-text ones are keywords.
    const keywords = (md.subjects ?? []).filter((s) => !s.id && s.subject).map((s) => s.subject);
    if (keywords.length > 0)
        out.keywords = keywords;
    if (Array.isArray(custom['legacy:subjects']))
        out.subjects = custom['legacy:subjects'];
    const related = [];
    for (const r of md.related_identifiers ?? []) {
        const item = { identifier: r.identifier };
        const relation = RELATION_BY_ID.get(r.relation_type?.id ?? '');
        if (relation !== undefined)
            item.relation = relation;
        if (r.resource_type?.id)
            item.resource_type = r.resource_type.id;
        if (r.scheme)
            item.scheme = r.scheme;
        related.push(item);
    }
    for (const a of md.identifiers ?? []) {
        const item = { identifier: a.identifier, relation: 'isAlternateIdentifier' };
        if (a.scheme)
            item.scheme = a.scheme;
        related.push(item);
    }
    if (related.length > 0)
        out.related_identifiers = related;
    const locations = (md.locations?.features ?? []).map((f) => {
        const loc = {};
        if (f.place)
            loc.place = f.place;
        if (f.description)
            loc.description = f.description;
        const coordinates = f.geometry?.coordinates;
        if (coordinates) {
            loc.lon = coordinates[0];
            loc.lat = coordinates[1];
        }
        return loc;
    });
    if (locations.length > 0)
        out.locations = locations;
    const dates = (md.dates ?? []).map((d) => {
        const date = {};
        // Zenodo prints only intervals; a single date loses its value ([obs] zenodo/zenodo#2594).
        const interval = d.date.split('/');
        if (interval.length === 2) {
            date.start = interval[0];
            date.end = interval[1];
        }
        if (d.type?.id)
            date.type = d.type.id;
        if (d.description)
            date.description = d.description;
        return date;
    });
    if (dates.length > 0)
        out.dates = dates;
    const references = (md.references ?? []).map((r) => r.reference);
    if (references.length > 0)
        out.references = references;
    const language = md.languages?.[0]?.id;
    if (language)
        out.language = language;
    const grants = (md.funding ?? []).flatMap(grantFromRdm);
    if (grants.length > 0)
        out.grants = grants;
    // The first notes and the last methods, as Zenodo's serializer picks them.
    let notes;
    let method;
    for (const ad of md.additional_descriptions ?? []) {
        if (notes === undefined && ad.type?.id === 'notes')
            notes = ad.description;
        if (ad.type?.id === 'methods')
            method = ad.description;
    }
    if (notes)
        out.notes = notes;
    if (method)
        out.method = method;
    if (md.publisher)
        out.imprint_publisher = md.publisher;
    for (const [name, fields] of ZENODO_CUSTOM) {
        const value = custom[name];
        if (!isPlainObject(value))
            continue;
        for (const [key, sub] of Object.entries(fields))
            if (typeof value[sub] === 'string')
                out[key] = value[sub];
    }
    const own = Object.entries(custom).filter(([k]) => !LEGACY_NAMESPACES.some((ns) => k.startsWith(ns)));
    if (own.length > 0)
        out.custom = Object.fromEntries(own);
    return out;
}
function personFromRdm(c) {
    const p = c.person_or_org ?? { type: 'personal' };
    const name = p.name ?? (p.given_name ? `${p.family_name ?? ''}, ${p.given_name}` : p.family_name);
    const out = {};
    if (name !== undefined)
        out.name = name;
    const affiliation = c.affiliations?.[0]?.name;
    if (affiliation)
        out.affiliation = affiliation;
    for (const id of p.identifiers ?? []) {
        if (id.scheme === 'orcid')
            out.orcid = id.identifier.replace('orcid:', '');
        if (id.scheme === 'gnd')
            out.gnd = id.identifier.replace('gnd:', '');
    }
    return out;
}
function grantFromRdm(f) {
    const funderId = f.funder?.id;
    // A vocabulary award read back has `number`; one toRdm built has only its id.
    const number = f.award?.number ?? f.award?.id?.split('::')[1];
    if (!funderId || !number)
        return [];
    if (f.award?.program === 'FP7')
        return [{ id: number }];
    return [{ id: `${FUNDER_ROR_TO_DOI.get(funderId) ?? funderId}::${number}` }];
}
// ---------------------------------------------------------------------------------------
// Helpers
function rdm_text(v) {
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function strings(v) {
    return Array.isArray(v) ? v.filter((s) => typeof s === 'string' && s !== '') : [];
}

;// CONCATENATED MODULE: ./src/zenodo/rate-limiter.ts
// Paces requests by Zenodo's X-RateLimit-* headers, shared by every concurrent request,
// so a run waits for the window instead of collecting 429s. Zenodo's Flask-Limiter sends them on
// every answer (inveniosoftware/invenio-app invenio_app/config.py, RATELIMIT_HEADERS_ENABLED),
// with a moving window per user agent and IP (invenio_app/limiter.py).


/**
 * Zenodo asked for a pause longer than the action waits (ZENODO_UPLOAD_MAX_WAIT_MS). Not a
 * NetworkError: retrying cannot help, so the client fails at once instead of sleeping.
 */
class RateLimitWaitError extends Error {
    waitMs;
    maxWaitMs;
    source;
    name = 'RateLimitWaitError';
    constructor(
    /** How long Zenodo asked to wait, in ms. */
    waitMs, maxWaitMs, 
    /** Which header asked: the window's reset or a 429's Retry-After. */
    source) {
        const asked = source === 'Retry-After'
            ? `Zenodo answered 429 Too Many Requests with Retry-After ${formatDuration(waitMs / 1000)}`
            : `Zenodo's rate limit is spent and its window resets only in ${formatDuration(waitMs / 1000)} (X-RateLimit-Reset)`;
        super(`${asked}, but this action waits at most ${formatDuration(maxWaitMs / 1000)} at a time. ` +
            'Re-run the workflow later; if it happens again, lower the concurrency input so fewer requests share the window.');
        this.waitMs = waitMs;
        this.maxWaitMs = maxWaitMs;
        this.source = source;
    }
}
class RateLimiter {
    onWait;
    now;
    sleep;
    maxWaitMs;
    state = { resetAt: 0 };
    inflight = 0;
    probing = false;
    announcedReset = 0;
    constructor(onWait = () => { }, now = Date.now, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), 
    /** The longest pause for one window; a later reset fails with RateLimitWaitError. */
    maxWaitMs = DEFAULT_MAX_WAIT_MS) {
        this.onWait = onWait;
        this.now = now;
        this.sleep = sleep;
        this.maxWaitMs = maxWaitMs;
    }
    /**
     * Waits until a request may go out, then counts it as in flight. Pair with release(), passing
     * back what this returns (true for the one probe allowed after a window reset).
     */
    async acquire() {
        let probe = false;
        let announced = false;
        for (;;) {
            const { remaining, resetAt } = this.state;
            const now = this.now();
            // Responses report `remaining` after their own request; those still in flight are not in it.
            const budget = remaining === undefined ? Infinity : remaining - this.inflight;
            if (budget > 0)
                break;
            // Past the reset, a moving window frees slots one by one: one probe at a time finds out
            // the new window. Requests still in flight from before (a long upload) do not block it.
            if (now >= resetAt) {
                if (!this.probing) {
                    this.probing = true;
                    probe = true;
                    break;
                }
                await this.sleep(50);
                continue;
            }
            // Checked before any sleep: a window a day away fails the run now, not tomorrow.
            if (resetAt - now > this.maxWaitMs)
                throw new RateLimitWaitError(resetAt - now, this.maxWaitMs, 'X-RateLimit-Reset');
            const wait = resetAt - now + 50;
            // Concurrent requests wait for the same window: say so once per window.
            if (!announced && this.announcedReset !== resetAt) {
                this.onWait(wait, { ...this.state });
                this.announcedReset = resetAt;
            }
            announced = true;
            await this.sleep(Math.min(wait, 1000));
        }
        this.inflight++;
        return probe;
    }
    release(headers, probe = false) {
        this.inflight = Math.max(0, this.inflight - 1);
        // Only the probe's own answer tells the new window; others may be from the old one.
        if (probe)
            this.probing = false;
        if (headers)
            this.update(headers);
    }
    update(headers) {
        const remaining = numberHeader(headers['x-ratelimit-remaining']);
        const reset = numberHeader(headers['x-ratelimit-reset']);
        const limit = numberHeader(headers['x-ratelimit-limit']);
        if (remaining === undefined)
            return;
        const now = this.now();
        // Epoch seconds; tolerate a server that sends seconds-from-now instead.
        const resetAt = reset === undefined ? now + 1000 : reset > 1e9 ? reset * 1000 : now + reset * 1000;
        // A late answer (a long upload begun in an earlier window) must not bring that window back.
        // A moving window's reset only moves forward, so an earlier one is older news.
        if (resetAt <= now || resetAt < this.state.resetAt)
            return;
        // Within one window `remaining` only goes down: a higher count is from an earlier request.
        const known = resetAt === this.state.resetAt ? this.state.remaining : undefined;
        this.state = { limit, remaining: known === undefined ? remaining : Math.min(remaining, known), resetAt };
    }
    snapshot() {
        return { ...this.state };
    }
}
function numberHeader(value) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/zenodo/retry.ts
// When and how long to wait before trying a request again. Zenodo answers 429 when its
// Flask-Limiter window is spent (inveniosoftware/invenio-app invenio_app/limiter.py).


const DEFAULT_RETRY = {
    attempts: 6,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    maxWaitMs: DEFAULT_MAX_WAIT_MS
};
/** Statuses that say "try again": throttling and gateway or server trouble. */
function isRetryableStatus(status) {
    return status === 429 || status === 500 || status === 502 || status === 503 || status === 504 || status === 408;
}
/**
 * Zenodo sends Retry-After on every response, even 200s, so it only means something on a 429.
 * Returns ms, or undefined.
 */
function retryAfterMs(status, headers, now = Date.now()) {
    if (status !== 429)
        return undefined;
    const raw = headers['retry-after'];
    const seconds = numberHeader(raw);
    if (seconds !== undefined)
        return Math.max(0, seconds * 1000);
    const date = typeof raw === 'string' ? Date.parse(raw) : NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Exponential backoff with equal jitter; a server's Retry-After wins when given, up to
 * policy.maxWaitMs. Beyond that it throws RateLimitWaitError rather than pause the run for longer.
 */
function backoffDelay(attempt, policy, retryAfter, random = Math.random) {
    if (retryAfter !== undefined) {
        const bound = policy.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
        if (retryAfter > bound)
            throw new RateLimitWaitError(retryAfter, bound, 'Retry-After');
        return Math.min(retryAfter + 100, bound);
    }
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/**
 * The policy for the knobs (config.ts): tests and benchmarks scale every backoff down; maxWaitMs
 * is the one bound shared with the RateLimiter.
 */
function policyFor(baseMs, maxWaitMs = DEFAULT_MAX_WAIT_MS) {
    if (baseMs === undefined)
        return { ...DEFAULT_RETRY, maxWaitMs };
    return { ...DEFAULT_RETRY, baseDelayMs: baseMs, maxDelayMs: baseMs * 8, maxWaitMs };
}

;// CONCATENATED MODULE: ./src/zenodo/api-client.ts
// The request loop every API adapter shares: one HTTP attempt at a time through the transport,
// retries for what is safe to retry, a look before repeating what may have taken effect, and
// the server's clock from its Date header.


class ApiClient {
    transport;
    log;
    policy;
    sleep;
    constructor(transport, log, policy = DEFAULT_RETRY, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
        this.transport = transport;
        this.log = log;
        this.policy = policy;
        this.sleep = sleep;
    }
    lastDate;
    serverTime() {
        return this.lastDate;
    }
    async call(opts) {
        const { attempts } = this.policy;
        // An attempt we gave up on may land later and be why a retry is refused (a second publish).
        let ambiguous = false;
        for (let attempt = 1;; attempt++) {
            let reason;
            let delay = 0;
            let mayHaveHappened;
            let failure;
            try {
                const result = await this.transport.send({
                    method: opts.method,
                    url: opts.url,
                    json: opts.json,
                    headers: opts.headers,
                    upload: opts.upload,
                    anonymous: opts.anonymous
                });
                this.log.debug(`${opts.method} ${opts.url} -> ${result.status}`);
                const date = Date.parse(header(result.headers, 'date') ?? '');
                if (!Number.isNaN(date))
                    this.lastDate = date;
                if (opts.ok.includes(result.status))
                    return opts.parse(result);
                const done = opts.alreadyDone?.(result, attempt);
                if (done !== undefined)
                    return done;
                const { message, errors } = describeHttpError(result.status, result.body, opts.context);
                reason = `HTTP ${result.status}${result.body.trim().startsWith('<') ? ' (HTML error page)' : ''}`;
                // A 429 or a 4xx was refused before any work; 5xx may come after the work was done.
                mayHaveHappened = isRetryableStatus(result.status) && result.status !== 429;
                if (!isRetryableStatus(result.status) || attempt >= attempts) {
                    this.log.debug(`response body: ${result.body.slice(0, 2000)}`);
                    const gaveUp = isRetryableStatus(result.status) ? ` Gave up after ${attempts} attempts.` : '';
                    failure = new ZenodoApiError(message + gaveUp, result.status, opts.method, opts.url, result.body, errors);
                }
                else {
                    delay = backoffDelay(attempt, this.policy, retryAfterMs(result.status, result.headers));
                }
            }
            catch (err) {
                if (!(err instanceof NetworkError))
                    throw err;
                reason = err.message;
                mayHaveHappened = err.sent;
                if (attempt >= attempts) {
                    failure = new NetworkError(`${capitalise(opts.context.action)} failed after ${attempts} attempts: ${err.message}.`, err.method, err.url, err.sent, err.code);
                }
                else {
                    delay = backoffDelay(attempt, this.policy);
                }
            }
            const look = mayHaveHappened || ambiguous;
            ambiguous ||= mayHaveHappened;
            if (!failure) {
                this.log.warning(`${capitalise(opts.context.action)} failed (${reason}); retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
                // Wait before looking: a request the server is still working on lands in the meantime,
                // so the look sees it instead of a retry making a second deposition.
                await this.sleep(delay);
            }
            if (look && opts.recover) {
                const recovered = await opts.recover();
                if (recovered !== undefined) {
                    const which = mayHaveHappened ? 'it' : 'an earlier attempt';
                    this.log.info(`${capitalise(opts.context.action)}: ${reason}, but ${which} had taken effect; carrying on.`);
                    return recovered;
                }
            }
            if (failure)
                throw failure;
        }
    }
}
function json(r) {
    try {
        return JSON.parse(r.body);
    }
    catch {
        throw new ZenodoApiError(`Zenodo answered HTTP ${r.status} with a body that is not JSON.`, r.status, '', '', r.body);
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/repository/types.ts
// The repository seam: what the orchestration needs from a Zenodo-like server, in its own terms.
// One adapter per API implements it (zenodo-legacy.ts for the legacy deposit API); tests use an
// in-memory one. Every method either does what it says or throws; none decides for the run.
/** A search stopped before it had seen every hit: no decision may rest on it. */
class IncompleteSearchError extends Error {
    name = 'IncompleteSearchError';
}

;// CONCATENATED MODULE: ./src/repository/paging.ts
// Both APIs search the same way: pages of 100 within the server-side filter, and at most this
// many, far below the search's window of 10,000 hits. A search that would need more stops and
// says so: no decision may rest on part of an answer.

const PAGE_SIZE = 100;
const MAX_PAGES = 10;
/** Every hit, page by page; `tooMany` words the error for a search that did not end. */
async function searchAll(fetchPage, tooMany) {
    const found = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const batch = await fetchPage(page, PAGE_SIZE);
        found.push(...batch);
        if (batch.length < PAGE_SIZE)
            return found;
    }
    throw new IncompleteSearchError(tooMany(PAGE_SIZE * MAX_PAGES));
}

;// CONCATENATED MODULE: ./src/repository/multipart.ts
// Multipart (`M`) transfers on the InvenioRDM records API (invenio-records-resources
// `services/files/transfer/providers/multipart.py`): init with `transfer: {type: 'M', parts,
// part_size}`, one PUT per part to the links the init answer gives (`links.parts`, which may be
// presigned URLs on the storage backend's host), commit, then the whole-file MD5 once the
// background task (`tasks.py`, recompute_multipart_checksum_task) has computed it.
//
// Files above the threshold (config.ts MULTIPART_MIB, at most 100 MiB) go in parts of that size.
// Zenodo refuses part uploads with 403 (zenodo/zenodo-rdm#1443): the first large file of a run
// probes with its part 1, and on 403 the run sends every file in one request.
/** Parts of at most partSize bytes; the last one takes the rest. */
function planParts(size, partSize) {
    return { parts: Math.max(1, Math.ceil(size / partSize)), partSize };
}
/** Offset and length of part n (1-based). */
function partRange(n, size, partSize) {
    const offset = (n - 1) * partSize;
    return { offset, length: Math.min(partSize, size - offset) };
}
/** The token goes to the server's own origin only, never to a storage host a part link names. */
function sameOrigin(url, server) {
    return new URL(url).origin === new URL(server).origin;
}
/** At most `limit` tasks in flight, shared by every file of the run. */
class Limit {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}
/**
 * Whether this run may send parts: unknown until the first large file's part 1 has gone out.
 * Files that ask while the probe runs wait for its verdict; an inconclusive probe (a failure
 * other than 403) lets the next large file probe again.
 */
class MultipartProbe {
    verdict;
    pending;
    release;
    /** true or false, or 'probe': the caller probes and must call settle. */
    async allowed() {
        for (;;) {
            if (this.verdict !== undefined)
                return this.verdict;
            if (this.pending === undefined) {
                this.pending = new Promise((resolve) => (this.release = resolve));
                return 'probe';
            }
            await this.pending;
        }
    }
    settle(verdict) {
        this.verdict = verdict;
        const release = this.release;
        this.pending = undefined;
        this.release = undefined;
        release?.();
    }
}
/** The committed multipart file's MD5 never appeared: the file is unverified. */
class UnverifiedUploadError extends Error {
    name = 'UnverifiedUploadError';
}
/**
 * Polls until read() gives an MD5 (hex), with backoff, for at most waitMs. undefined when the
 * wait ran out; `last` is the checksum seen last.
 */
async function waitForMd5(read, waitMs, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const deadline = Date.now() + waitMs;
    let delay = 250;
    for (;;) {
        const last = await read();
        if (typeof last === 'string' && last.startsWith('md5:'))
            return { md5: last.slice(4), last };
        const left = deadline - Date.now();
        if (left <= 0)
            return { last };
        await sleep(Math.min(delay, left));
        delay = Math.min(delay * 2, 15_000);
    }
}

;// CONCATENATED MODULE: ./src/repository/invenio-rdm.ts
// The repository over InvenioRDM's native records API (inveniosoftware/invenio-rdm-records
// `resources/config.py`), for every InvenioRDM instance and for zenodo.org itself.
//
// Drafts: POST /api/records, GET/PUT/DELETE /api/records/{id}/draft, publish via
// …/draft/actions/publish. Files: init (POST …/draft/files), stream (PUT …/files/{key}/content),
// commit (POST …/files/{key}/commit). New versions: POST /api/records/{id}/versions, files
// imported with …/draft/actions/files-import. Search: GET /api/user/records (drafts included).








/** Zenodo answers plain application/json on /api/records with a legacy-like shape (zenodo-rdm `site/zenodo_rdm/resources.py`). */
const NATIVE_JSON = 'application/vnd.inveniordm.v1+json';
function md5Of(checksum) {
    return typeof checksum === 'string' && checksum.startsWith('md5:') ? checksum.slice(4) : '';
}
class RdmClient extends ApiClient {
    accept;
    api;
    constructor(serverUrl, transport, log, accept, policy = DEFAULT_RETRY, sleep) {
        super(transport, log, policy, sleep);
        this.accept = accept;
        this.api = `${serverUrl}/api`;
    }
    request(opts) {
        // The files endpoints answer plain JSON on Zenodo too; only records and searches need the
        // vendor type there.
        const accept = /\/files(\/|$|\?)/.test(new URL(opts.url).pathname) ? 'application/json' : this.accept;
        return this.call({ ...opts, headers: { Accept: accept } });
    }
    get(path, action, ok = [200]) {
        return this.request({ method: 'GET', url: `${this.api}${path}`, context: { action }, ok, parse: (json) });
    }
    /** GET that tells "not there" (404, 410) from a failure. */
    async find(path, action) {
        const r = await this.request({
            method: 'GET',
            url: `${this.api}${path}`,
            context: { action },
            ok: [200],
            parse: (x) => x,
            alreadyDone: (x) => (x.status === 404 || x.status === 410 ? x : undefined)
        });
        return r.status === 200 ? json(r) : undefined;
    }
    /**
     * A GET of a record that may redirect (a parent id redirects to its latest version,
     * invenio-rdm-records `resources/resources.py`, `read`): the record, the id it redirects to,
     * or nothing (404, 410).
     */
    async record(id, action) {
        const r = await this.request({
            method: 'GET',
            url: `${this.api}/records/${encodeURIComponent(id)}`,
            context: { action },
            ok: [200, 301, 302, 303, 307, 308],
            parse: (x) => x,
            alreadyDone: (x) => (x.status === 404 || x.status === 410 ? x : undefined)
        });
        if (r.status === 200)
            return { body: json(r) };
        const value = r.headers.location;
        const location = Array.isArray(value) ? value[0] : value;
        const target = location ? /\/records\/([^/?#]+)/.exec(location)?.[1] : undefined;
        return target && target !== id ? { redirect: target } : {};
    }
    send(method, path, action, body, ok, extra = {}) {
        return this.request({
            method,
            url: `${this.api}${path}`,
            json: body,
            context: { action },
            ok,
            parse: (r) => (r.body.trim() === '' ? undefined : json(r)),
            ...extra
        });
    }
}
class InvenioRdmRepository {
    log;
    options;
    description;
    client;
    probe = new MultipartProbe();
    parts;
    partSize;
    checksumWaitMs;
    constructor(serverUrl, transport, log, options, policy) {
        this.log = log;
        this.options = options;
        this.description = `${new URL(serverUrl).host} (InvenioRDM records API)`;
        // Native JSON everywhere; on Zenodo only the vendor type gives it.
        this.client = new RdmClient(serverUrl, transport, log, options.zenodo ? NATIVE_JSON : 'application/json', policy);
        const knobs = readKnobs();
        this.parts = new Limit(Math.max(1, options.partConcurrency ?? 3));
        this.partSize = options.multipartBytes ?? knobs.multipartBytes;
        this.checksumWaitMs = options.checksumWaitMs ?? knobs.checksumWaitMs;
    }
    serverTime() {
        return this.client.serverTime();
    }
    /** The DOIs the instance manages for each draft, sent back on every update so none is lost. */
    managedPids = new Map();
    toRecord(hit, files) {
        const metadata = fromRdm(hit);
        // In the user's format `doi` is an external DOI; the instance's own (reserved or minted) is not
        // metadata to send back.
        // The licence as the instance's id (`mit`), not the legacy alias Zenodo's serializer would
        // print (`mit-license`): what the run compares with the file's `MIT` before an update.
        const right = hit.metadata?.rights?.[0];
        if (typeof right?.id === 'string')
            metadata.license = right.id;
        if (hit.pids?.doi && hit.pids.doi.provider !== 'external') {
            delete metadata.doi;
            this.managedPids.set(String(hit.id), hit.pids);
        }
        // An edit draft of a published record reads as both published and a draft.
        const state = hit.is_published ? (hit.is_draft ? 'editing' : 'published') : 'draft';
        const doi = hit.pids?.doi?.identifier;
        return {
            id: String(hit.id),
            conceptId: hit.parent?.id,
            state,
            title: typeof metadata.title === 'string' ? metadata.title : '',
            version: typeof metadata.version === 'string' ? metadata.version : undefined,
            doi: hit.is_published ? doi : undefined,
            reservedDoi: hit.is_published ? undefined : doi,
            conceptDoi: hit.parent?.pids?.doi?.identifier,
            created: hit.created,
            files: files
                .filter((f) => f.status === undefined || f.status === 'completed')
                .map((f) => ({ key: f.key, size: f.size ?? 0, md5: md5Of(f.checksum), id: f.file_id })),
            metadata,
            links: {
                html: hit.is_published ? hit.links?.self_html : (hit.links?.self_html ?? hit.links?.record_html),
                bucket: hit.is_published ? undefined : `${this.client.api}/records/${hit.id}/draft/files`
            }
        };
    }
    /** A search hit with its file entries (search results may leave them out). */
    async withFiles(hit) {
        const draft = !hit.is_published || hit.is_draft;
        const list = await this.client.find(`/records/${hit.id}${draft && !hit.is_published ? '/draft' : ''}/files`, `listing the files of ${hit.id}`);
        return this.toRecord(hit, list?.entries ?? []);
    }
    search(q, what) {
        return searchAll(async (page, size) => {
            const params = new URLSearchParams({
                q,
                allversions: 'true',
                size: String(size),
                page: String(page),
                sort: 'newest'
            });
            const body = await this.client.get(`/user/records?${params}`, `searching ${what}`);
            return body.hits?.hits ?? [];
        }, (limit) => `The search for ${what} found more than ${limit} drafts and records and stopped there, ` +
            `so the run cannot tell which of them belong to it. Delete old drafts, or set deposition-id.`);
    }
    async findByMarker(identity) {
        const q = `metadata.related_identifiers.identifier:"${identity.marker.replace(/["\\]/g, '\\$&')}"`;
        const hits = await this.search(q, `drafts and records of ${identity.label}`);
        return Promise.all(hits.map((h) => this.withFiles(h)));
    }
    async read(id) {
        const draft = await this.client.find(`/records/${encodeURIComponent(id)}/draft`, `reading draft ${id}`);
        if (draft)
            return this.withFiles({ ...draft, is_draft: true });
        return this.withFiles(await this.client.get(`/records/${encodeURIComponent(id)}`, `reading record ${id}`));
    }
    async resolve(given) {
        const doi = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(given.trim())?.[1];
        if (doi) {
            // A DOI's prefix cannot be discovered through the API: ask the instance's own search.
            const hits = await this.search(`pids.doi.identifier:"${doi}" OR parent.pids.doi.identifier:"${doi}"`, `DOI ${doi}`);
            const hit = hits.find((h) => h.pids?.doi?.identifier?.toLowerCase() === doi.toLowerCase()) ??
                hits.find((h) => h.is_published);
            if (!hit)
                throw new ZenodoApiError(`Input 'deposition-id': no record with DOI ${doi} is yours on this server.`, 404, 'GET', '', '');
            return this.read(hit.id);
        }
        const id = /\/(?:records|uploads)\/([^/?#]+)/.exec(given)?.[1] ?? given.trim();
        const draft = await this.client.find(`/records/${encodeURIComponent(id)}/draft`, `reading draft ${id}`);
        if (draft)
            return this.withFiles({ ...draft, is_draft: true });
        const record = await this.client.record(id, `reading record ${id}`);
        if (record.body)
            return this.withFiles(record.body);
        if (record.redirect)
            return this.read(record.redirect);
        throw new ZenodoApiError(`Input 'deposition-id': no draft, record or concept '${id}' exists on this server. Check the id and server-url.`, 404, 'GET', '', '');
    }
    async latestVersion(conceptId) {
        const found = await this.client.record(conceptId, `looking up concept ${conceptId}`);
        const hit = found.redirect
            ? (await this.client.record(found.redirect, `reading record ${found.redirect}`)).body
            : found.body;
        return hit?.is_published ? this.withFiles(hit) : undefined;
    }
    async pendingDraft(conceptId) {
        const hits = await this.search(`parent.id:${conceptId}`, `versions of ${conceptId}`);
        const pending = hits.find((h) => !h.is_published && h.parent?.id === conceptId);
        return pending ? this.read(pending.id) : undefined;
    }
    /** The native draft body for legacy-shaped metadata, with the run's access settings. */
    body(metadata, id) {
        const converted = toRdm(metadata, { zenodo: this.options.zenodo, publisherDefault: this.options.publisherDefault });
        for (const w of converted.warnings)
            this.options.warn?.(`metadata ${w}`);
        const access = this.options.access;
        return {
            metadata: converted.metadata,
            custom_fields: converted.custom_fields,
            files: { enabled: true },
            access: {
                record: 'public',
                files: access?.files ?? converted.access?.files ?? 'public',
                ...(access?.embargo
                    ? { embargo: { active: true, until: access.embargo.until, reason: access.embargo.reason } }
                    : converted.access?.embargo
                        ? { embargo: converted.access.embargo }
                        : {})
            },
            ...(converted.pids
                ? { pids: converted.pids }
                : id !== undefined && this.managedPids.has(id)
                    ? { pids: this.managedPids.get(id) }
                    : {})
        };
    }
    /**
     * Drafts answer 200/201 with an `errors` list and drop the invalid values it names
     * (invenio-drafts-resources `services/records/service.py`, partial validation). A value this
     * run sent that the saved draft lacks is a failure, reported field by field. What is only
     * missing (required fields, files) is normal in a draft: it fails at publish.
     */
    refuseDropped(hit, sent, action) {
        const saved = hit;
        const dropped = (hit.errors ?? []).filter((e) => {
            const [top, key] = (e.field ?? '').split('.');
            if (!top || !key || top === 'files')
                return false;
            const part = (o) => o !== null && typeof o === 'object' ? o[key] : undefined;
            const wanted = part(sent[top]);
            return wanted !== undefined && JSON.stringify(wanted) !== JSON.stringify(part(saved[top]));
        });
        if (dropped.length === 0)
            return;
        const fieldErrors = dropped.map((e) => ({ field: e.field ?? '', messages: e.messages ?? [] }));
        throw new ZenodoApiError(`The server refused values while ${action}, and dropped them from the draft:\n` +
            fieldErrors.map((e) => `${e.field || '(record)'}: ${e.messages.join(' ')}`).join('\n'), 400, 'PUT', '', JSON.stringify(hit.errors), fieldErrors);
    }
    async createDraft(metadata, recover) {
        const body = this.body(metadata);
        let found;
        const hit = await this.client.send('POST', '/records', 'creating a draft', body, [201, 200], {
            recover: async () => {
                found = await recover();
                return found === undefined ? undefined : { id: found.id };
            }
        });
        if (found)
            return found;
        this.refuseDropped(hit, body, 'creating the draft');
        await this.reserveDoi(hit.id);
        return this.read(hit.id);
    }
    /** Where the instance mints DOIs, reserve one now, so `doi` exists before publishing. */
    async reserveDoi(id) {
        await this.client
            .send('POST', `/records/${encodeURIComponent(id)}/draft/pids/doi`, `reserving a DOI for ${id}`, undefined, [201, 200], {
            alreadyDone: (r) => (r.status === 400 || r.status === 404 || r.status === 403 ? true : undefined)
        })
            .catch(() => undefined);
    }
    async newVersion(record) {
        const existing = record.conceptId ? await this.pendingDraft(record.conceptId) : undefined;
        if (existing)
            return { draft: existing, created: false };
        const hit = await this.client.send('POST', `/records/${encodeURIComponent(record.id)}/versions`, `making a new version of ${record.id}`, undefined, [201]);
        // The new version starts without files: bring the previous version's along, as the legacy
        // API does, and let the plan skip, replace or delete them.
        if (record.files.length > 0) {
            await this.client.send('POST', `/records/${encodeURIComponent(hit.id)}/draft/actions/files-import`, `importing the files of ${record.id}`, undefined, [201, 200]);
        }
        await this.reserveDoi(hit.id);
        return { draft: await this.read(hit.id), created: true };
    }
    async updateMetadata(draft, metadata) {
        const body = this.body(metadata, draft.id);
        const path = `/records/${encodeURIComponent(draft.id)}/draft`;
        const hit = await this.client.send('PUT', path, `updating the metadata of draft ${draft.id}`, body, [200]);
        this.refuseDropped(hit, body, 'updating the metadata');
        return this.read(draft.id);
    }
    /** Starts a file entry; an entry of that key already there (an earlier attempt's) is deleted first. */
    async init(draft, file, transfer) {
        const path = `/records/${encodeURIComponent(draft.id)}/draft/files`;
        const entry = [{ key: file.name, size: file.size, ...(transfer ? { transfer } : {}) }];
        const ours = (r) => json(r).entries?.find((e) => e.key === file.name);
        const exists = await this.client.send('POST', path, `starting the upload of '${file.name}'`, entry, [201, 200], {
            parse: ours,
            alreadyDone: (r) => (r.status === 400 && /already exists/i.test(r.body) ? true : undefined)
        });
        if (exists !== true)
            return exists;
        await this.deleteFile(draft, { key: file.name, size: 0, md5: '' });
        return this.client.send('POST', path, `starting the upload of '${file.name}'`, entry, [201, 200], { parse: ours });
    }
    /** Completes a file entry once its bytes are in; the answer carries the server's checksum. */
    commit(base, key, name) {
        return this.client.send('POST', `${base}/${key}/commit`, `completing the upload of '${name}'`, undefined, [200, 201]);
    }
    async upload(draft, file, onProgress) {
        const base = `/records/${encodeURIComponent(draft.id)}/draft/files`;
        const key = encodeURIComponent(file.name);
        if (file.size > this.partSize) {
            const done = await this.uploadInParts(draft, file, onProgress);
            if (done)
                return done;
        }
        await this.init(draft, file);
        const sent = await this.client.request({
            method: 'PUT',
            url: `${this.client.api}${base}/${key}/content`,
            upload: { path: file.path, size: file.size, mtimeMs: file.mtimeMs, onProgress },
            context: { action: `uploading '${file.name}'` },
            ok: [200],
            // A 200 whose body has `errors` is a failed transfer; the server deleted the entry.
            parse: (r) => ({ md5: r.sentMd5 ?? '', errors: /"errors"/.test(r.body) })
        });
        if (sent.errors) {
            await this.deleteFile(draft, { key: file.name, size: 0, md5: '' }).catch(() => undefined);
            return { serverMd5: '', localMd5: sent.md5, size: 0 };
        }
        const committed = await this.commit(base, key, file.name);
        return { serverMd5: md5Of(committed.checksum), localMd5: sent.md5, size: Number(committed.size ?? file.size) };
    }
    /**
     * A multipart upload (multipart.ts), or undefined where the instance refuses parts (then the
     * caller sends the file in one request). Parts go out in parallel within the run's limit; a
     * failed part is retried alone (ApiClient.call); the MD5 is computed in one sequential pass
     * meanwhile and compared with the server's once its background task has computed it.
     */
    async uploadInParts(draft, file, onProgress) {
        const mode = await this.probe.allowed();
        if (mode === false)
            return undefined;
        let settled = mode === true;
        const settle = (verdict) => {
            if (!settled)
                this.probe.settle(verdict);
            settled = true;
        };
        const base = `/records/${encodeURIComponent(draft.id)}/draft/files`;
        const key = encodeURIComponent(file.name);
        const gone = { key: file.name, size: 0, md5: '' };
        let started = false;
        try {
            const { parts, partSize } = planParts(file.size, this.partSize);
            const entry = await this.init(draft, file, { type: 'M', parts, part_size: partSize });
            started = true;
            const links = entry?.links?.parts ?? [];
            const progress = new Array(parts).fill(0);
            const send = async (n) => {
                const url = links.find((l) => l.part === n)?.url;
                if (!url)
                    throw new Error(`The server gave no link for part ${n} of '${file.name}'.`);
                return this.parts.run(() => this.client.request({
                    method: 'PUT',
                    url,
                    // Presigned links on the storage host need no token, and must never see it.
                    anonymous: !sameOrigin(url, this.client.api),
                    upload: {
                        path: file.path,
                        size: file.size,
                        mtimeMs: file.mtimeMs,
                        part: partRange(n, file.size, partSize),
                        onProgress: (sent) => {
                            progress[n - 1] = sent;
                            onProgress?.(progress.reduce((a, b) => a + b, 0));
                        }
                    },
                    context: { action: `uploading part ${n} of ${parts} of '${file.name}'` },
                    ok: [200, 201, 204],
                    parse: () => true
                }));
            };
            if (mode === 'probe') {
                try {
                    await send(1);
                }
                catch (err) {
                    if (!(err instanceof ZenodoApiError && err.status === 403))
                        throw err;
                    settle(false);
                    this.log.info(`The server refused a multipart part upload (HTTP 403) for '${file.name}'; ` +
                        `this run sends every file in one request.`);
                    started = false;
                    await this.deleteFile(draft, gone);
                    return undefined;
                }
                settle(true);
            }
            // One sequential pass for the whole-file MD5 while the parts go out (flat memory).
            const md5 = md5File(file.path);
            md5.catch(() => undefined);
            const rest = Array.from({ length: parts }, (_, i) => i + 1).filter((n) => mode !== 'probe' || n > 1);
            const sent = await Promise.allSettled(rest.map(send));
            const failed = sent.find((r) => r.status === 'rejected');
            if (failed)
                throw failed.reason;
            const localMd5 = await md5;
            const committed = await this.commit(base, key, file.name);
            started = false;
            const seconds = Math.round(this.checksumWaitMs / 1000);
            const waited = md5Of(committed.checksum)
                ? { md5: md5Of(committed.checksum), last: committed.checksum }
                : await waitForMd5(async () => (await this.client.get(`${base}/${key}`, `reading the checksum of '${file.name}'`))
                    .checksum, this.checksumWaitMs);
            if (waited.md5 === undefined) {
                throw new UnverifiedUploadError(`'${file.name}' was uploaded in ${parts} parts, but the server had not computed its MD5 after ${seconds} s ` +
                    `(checksum ${waited.last ?? 'empty'}), so it could not be verified. Nothing was published; draft ${draft.id} ` +
                    `is kept. Re-run the workflow later: it compares the MD5 once the server has it.`);
            }
            return { serverMd5: waited.md5, localMd5, size: Number(committed.size ?? file.size) };
        }
        catch (err) {
            // An unfinished multipart entry is of no use to a retry (parts cannot be listed): remove it.
            if (started)
                await this.deleteFile(draft, gone).catch(() => undefined);
            throw err;
        }
        finally {
            settle(undefined);
        }
    }
    /** DELETE is safe to repeat: a retry that finds nothing (404) means an earlier attempt worked. */
    async delete(path, action) {
        await this.client.send('DELETE', path, action, undefined, [204, 200], {
            parse: () => true,
            alreadyDone: (r, attempt) => (r.status === 404 && attempt > 1 ? true : undefined)
        });
    }
    deleteFile(draft, file) {
        const path = `/records/${encodeURIComponent(draft.id)}/draft/files/${encodeURIComponent(file.key)}`;
        return this.delete(path, `deleting '${file.key}' from draft ${draft.id}`);
    }
    discard(draft) {
        return this.delete(`/records/${encodeURIComponent(draft.id)}/draft`, `discarding draft ${draft.id}`);
    }
    async publish(draft) {
        // 202; the caller judges the record's state as read back, not the answer.
        await this.client.send('POST', `/records/${encodeURIComponent(draft.id)}/draft/actions/publish`, `publishing draft ${draft.id}`, undefined, [202, 200], {
            parse: () => true,
            recover: async () => ((await this.read(draft.id)).state === 'published' ? true : undefined)
        });
        return this.read(draft.id);
    }
}

;// CONCATENATED MODULE: ./src/zenodo/types.ts
// The legacy deposit API's shapes as Zenodo serves them today (zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/serializers/schemas/`).
/** A deposition file's MD5 as bare hex (the deposit API omits the `md5:` prefix; be lenient). */
function fileMd5(file) {
    return file.checksum.replace(/^md5:/, '');
}
function isPublished(d) {
    return d.state === 'done' || (d.submitted && d.state !== 'inprogress');
}

;// CONCATENATED MODULE: ./src/repository/zenodo-legacy.ts
// The repository over Zenodo's legacy deposit API (zenodo/zenodo-rdm `site/zenodo_rdm/legacy/`).




function toRecord(d) {
    const meta = (d.metadata ?? {});
    const title = typeof meta.title === 'string' ? meta.title : (d.title ?? '');
    return {
        id: String(d.id),
        conceptId: d.conceptrecid === undefined ? undefined : String(d.conceptrecid),
        // An edit draft of a published record is `inprogress` and `submitted`
        // (zenodo-rdm `site/zenodo_rdm/legacy/serializers/schemas/legacyjson.py`).
        state: d.state === 'inprogress' ? 'editing' : isPublished(d) ? 'published' : 'draft',
        title,
        version: typeof meta.version === 'string' ? meta.version : undefined,
        doi: isPublished(d) ? d.doi : undefined,
        reservedDoi: meta.prereserve_doi?.doi,
        conceptDoi: d.conceptdoi || undefined,
        created: d.created,
        files: (d.files ?? []).map((f) => ({ key: f.filename, size: f.filesize, md5: fileMd5(f), id: f.id })),
        metadata: meta,
        links: { html: d.links?.html, bucket: d.links?.bucket }
    };
}
function numericId(id, what) {
    const n = Number(id);
    if (!/^\d+$/.test(id) || !Number.isSafeInteger(n)) {
        throw new ZenodoApiError(`${what} '${id}' is not a Zenodo id (a number).`, 0, '', '', '');
    }
    return n;
}
class ZenodoLegacyRepository {
    api;
    description = 'Zenodo (legacy deposit API)';
    constructor(api) {
        this.api = api;
    }
    serverTime() {
        return this.api.serverTime();
    }
    async findByMarker(identity) {
        return (await this.search(markerQuery(identity), `depositions of ${identity.label}`)).map(toRecord);
    }
    /** Every hit of a query, all versions, drafts included; never part of them. */
    search(q, what) {
        return searchAll((page, size) => this.api.listDepositions({ q, size, page, sort: 'newest', allversions: true }), (limit) => `The search for ${what} found more than ${limit} depositions and stopped there, ` +
            `so the run cannot tell which of them belong to it. Delete old drafts on Zenodo, or set deposition-id.`);
    }
    async read(id) {
        return toRecord(await this.api.getDeposition(numericId(id, 'Deposition')));
    }
    async resolve(id) {
        const n = numericId(id, 'deposition-id');
        try {
            return toRecord(await this.api.getDeposition(n));
        }
        catch (err) {
            if (err instanceof ZenodoApiError && (err.status === 403 || err.status === 410)) {
                throw err.reworded(`Input 'deposition-id': ${err.message}`);
            }
            if (!(err instanceof ZenodoApiError) || err.status !== 404)
                throw err;
            // No deposition has that id: it may be a concept id, which redirects to its latest version.
            const latest = await this.api.latestRecordId(n);
            if (latest === undefined || latest === n) {
                throw new ZenodoApiError(`Input 'deposition-id': no deposition, record or concept ${n} exists on this server. ` +
                    `Check the id, and server-url/sandbox (sandbox and zenodo.org ids differ).`, 404, 'GET', '', err.body);
            }
            return toRecord(await this.api.getDeposition(latest));
        }
    }
    async latestVersion(conceptId) {
        const latest = await this.api.latestRecordId(numericId(conceptId, 'Concept'));
        // Always read it whole: search entries lack links.bucket.
        return latest === undefined ? undefined : toRecord(await this.api.getDeposition(latest));
    }
    async pendingDraft(conceptId) {
        // Zenodo's query parser maps conceptrecid to parent.id (zenodo-rdm `site/zenodo_rdm/queryparser.py`).
        const versions = await this.search(`conceptrecid:${numericId(conceptId, 'Concept')}`, `versions of ${conceptId}`);
        const pending = versions.find((d) => d.state === 'unsubmitted' && String(d.conceptrecid) === conceptId);
        return pending === undefined ? undefined : toRecord(await this.api.getDeposition(pending.id));
    }
    async createDraft(metadata, recover) {
        const dep = await this.api.createDeposition(metadata, async () => {
            const found = await recover();
            return found === undefined ? undefined : this.api.getDeposition(numericId(found.id, 'Deposition'));
        });
        return toRecord(dep);
    }
    async newVersion(record) {
        // newversion hands back an existing pending draft that holds no files as if it made it, so
        // look first; the look's answer also gives a fresh server clock for the check below.
        const existing = record.conceptId === undefined ? undefined : await this.pendingDraft(record.conceptId);
        if (existing)
            return { draft: existing, created: false };
        const since = this.serverTime();
        try {
            const draft = toRecord(await this.api.newVersion(numericId(record.id, 'Record')));
            // newversion hands back a pending draft that holds no files instead of making a second one
            // (zenodo-rdm `legacy/resources.py`, `new_version`). Ours was made after our request began
            // (the Date header counts whole seconds, so that alone is not enough) and is untouched: no
            // version yet, and exactly the files it inherited. One that another run has already
            // emptied or given metadata is not.
            const inherited = new Set(record.files.map((f) => `${f.key}\0${f.md5}`));
            const untouched = draft.version === undefined &&
                draft.files.length === record.files.length &&
                draft.files.every((f) => inherited.has(`${f.key}\0${f.md5}`));
            const created = (since === undefined || Date.parse(draft.created ?? '') >= since) && untouched;
            return { draft, created };
        }
        catch (err) {
            // A pending draft that still holds files answers 400 without its id: find it.
            if (!(err instanceof ZenodoApiError) || err.status !== 400 || record.conceptId === undefined)
                throw err;
            const pending = await this.pendingDraft(record.conceptId);
            if (!pending) {
                throw err.reworded(`${err.message}\nA new-version draft of concept ${record.conceptId} exists but could not be found in your depositions. ` +
                    `Open ${record.links.html ?? 'the record'} on Zenodo, publish or discard the pending new version, and re-run.`);
            }
            return { draft: pending, created: false };
        }
    }
    async updateMetadata(draft, metadata) {
        const updated = toRecord(await this.api.updateMetadata(numericId(draft.id, 'Draft'), metadata));
        return updated.links.bucket ? updated : this.read(draft.id);
    }
    upload(draft, file, onProgress) {
        return this.api.uploadFile(numericId(draft.id, 'Draft'), this.bucket(draft), file, onProgress);
    }
    deleteFile(draft, file) {
        return this.api.deleteFile(numericId(draft.id, 'Draft'), this.bucket(draft), file.key);
    }
    discard(draft) {
        return this.api.deleteDraft(numericId(draft.id, 'Draft'));
    }
    async publish(draft) {
        return toRecord(await this.api.publish(numericId(draft.id, 'Draft')));
    }
    bucket(draft) {
        if (!draft.links.bucket) {
            throw new ZenodoApiError(`Zenodo gave no bucket link for draft ${draft.id}; cannot change its files.`, 0, '', '', '');
        }
        return draft.links.bucket;
    }
}

;// CONCATENATED MODULE: ./src/repository/select.ts
// Which API this run speaks: the legacy deposit API exists only on Zenodo (zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/`), and Zenodo has announced its deprecation; every InvenioRDM
// instance, Zenodo included, has the native records API.



var ApiChoice;
(function (ApiChoice) {
    ApiChoice["auto"] = "auto";
    ApiChoice["legacy"] = "legacy";
    ApiChoice["rdm"] = "rdm";
})(ApiChoice || (ApiChoice = {}));
function legacyRepository(conn, options, log) {
    if (options.access?.embargo?.reason !== undefined) {
        log.warning(`Input '${Inputs.EmbargoReason}' is dropped: the legacy deposit API has no field for it ` +
            `(the embargo itself is set, as embargo_date). With api: rdm the reason is sent.`);
    }
    return new ZenodoLegacyRepository(conn.api);
}
async function openRepository(conn, options, log) {
    if (options.api === ApiChoice.legacy)
        return legacyRepository(conn, options, log);
    const host = new URL(options.serverUrl).hostname;
    // One read-only probe. 2xx, 401 and 403 mean the route exists; 404 and 410 mean it does not,
    // so `auto` moves to the native API by itself the day Zenodo removes the legacy one.
    const status = await conn.api.probe();
    const legacy = status !== 404 && status !== 410;
    const zenodo = legacy || /(^|\.)zenodo\.org$/i.test(host);
    if (options.api === ApiChoice.auto) {
        log.info(`api: auto chose ${legacy ? 'the legacy deposit API' : 'the InvenioRDM records API'} ` +
            `(GET /api/deposit/depositions answered ${status}).`);
        if (legacy)
            return legacyRepository(conn, options, log);
    }
    return new InvenioRdmRepository(options.serverUrl, conn.transport, log, {
        zenodo,
        publisherDefault: zenodo ? 'Zenodo' : host,
        access: options.access,
        warn: log.warning,
        partConcurrency: options.concurrency
    }, conn.policy);
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __nccwpck_require__(3044);
;// CONCATENATED MODULE: ./src/files/archive.ts
// Packs the matched files into one reproducible .zip or .tar.gz: the same files (names and bytes)
// give the same archive bytes whatever their mtimes, modes, owners, creation order, the time zone
// or the OS. Streamed file by file to disk, so memory stays flat whatever the sizes.








/** Every entry's modification time: the earliest a zip can hold, used for tar too. */
const ARCHIVE_EPOCH = new Date('1980-01-01T00:00:00Z');
/** Every entry's permission bits (regular file, rw-r--r--). */
const ARCHIVE_FILE_MODE = 0o644;
/** RFC 1952's "unknown" OS byte, instead of zlib's build-dependent one (3 on Unix, 10 on Windows). */
const GZIP_OS_UNKNOWN = 0xff;
class ArchiveError extends UserError {
    name = 'ArchiveError';
}
function archiveFormat(archiveName) {
    const lower = archiveName.toLowerCase();
    if (lower.endsWith('.zip'))
        return 'zip';
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return 'tar.gz';
    throw new ArchiveError(`'${archiveName}' must end in .zip, .tar.gz or .tgz.`);
}
/** The archive's entries in their fixed order (by name); refuses names that could escape on extraction. */
function archiveEntries(files) {
    const entries = files.map((file) => ({ name: file.relativePath.replace(/\\/g, '/').normalize('NFC'), file }));
    for (const { name, file } of entries) {
        const segments = name.split('/');
        if (name === '' ||
            name.startsWith('/') ||
            /^[A-Za-z]:/.test(name) ||
            segments.includes('..') ||
            segments.includes('')) {
            throw new ArchiveError(`${file.path} cannot go into the archive as '${name}': only files inside the workspace can be archived.`);
        }
    }
    // Code-unit order, not localeCompare: the order must not depend on the runner's locale.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 1; i < entries.length; i++) {
        if (entries[i].name === entries[i - 1].name) {
            throw new ArchiveError(`${entries[i - 1].file.path} and ${entries[i].file.path} would both be '${entries[i].name}' in the archive.`);
        }
    }
    return entries;
}
/**
 * An upper bound of the archive's size in bytes (incompressible data, worst-case deflate expansion,
 * every header), e.g. to compare with the free space of the temp dir. The real size is known after packing.
 */
function archiveSizeBound(files, archiveName) {
    const format = archiveFormat(archiveName);
    // Stored deflate blocks cost 5 bytes per 16 KiB at worst.
    const deflated = (n) => n + 5 * Math.ceil((n + 1) / 16383) + 16;
    let total = 0;
    for (const { file, name } of archiveEntries(files)) {
        const nameBytes = Buffer.byteLength(name);
        if (format === 'zip') {
            // Local header, zip64 data descriptor, central header with zip64 extra: both hold the name.
            total += deflated(file.size) + 30 + 24 + 46 + 32 + 2 * nameBytes;
        }
        else {
            // Header, a pax header pair for long or non-ASCII names, data padded to 512-byte blocks.
            total += 512 + 1024 + Math.ceil((nameBytes + 32) / 512) * 512 + Math.ceil(file.size / 512) * 512;
        }
    }
    // Zip64 end records and the end of central directory; or tar's end blocks plus gzip framing.
    return format === 'zip' ? total + 56 + 20 + 22 : deflated(total + 1024) + 18;
}
/**
 * Packs the files (paths relative to the workspace kept) into `<tempDir>/<unique dir>/<archiveName>`.
 * Entries are sorted by path; times, modes and owners are fixed, so equal inputs give equal bytes.
 */
async function packArchive(files, archiveName, tempDir) {
    const name = archiveName.normalize('NFC');
    if (name !== external_node_path_namespaceObject.basename(name) || name.includes('\\')) {
        throw new ArchiveError(`'${archiveName}' must be a file name, not a path.`);
    }
    const format = archiveFormat(name);
    const entries = archiveEntries(files);
    await external_node_fs_namespaceObject.promises.mkdir(tempDir, { recursive: true });
    const dir = await external_node_fs_namespaceObject.promises.mkdtemp(external_node_path_namespaceObject.join(tempDir, 'zenodo-archive-'));
    const out = external_node_path_namespaceObject.join(dir, name);
    try {
        // Sizes as they are now: the headers must match the bytes that will be read.
        const sized = [];
        for (const entry of entries) {
            const stat = await external_node_fs_namespaceObject.promises.stat(entry.file.path);
            if (!stat.isFile())
                throw new ArchiveError(`${entry.file.path} is not a regular file.`);
            // The search listed and checked these files: a change since would go into the archive unseen.
            if (entry.file.mtimeMs !== undefined && (stat.mtimeMs !== entry.file.mtimeMs || stat.size !== entry.file.size)) {
                throw new ArchiveError(`${entry.file.path} changed after the files were searched (now ${stat.size} bytes, was ${entry.file.size}). ` +
                    `Do not change files while the step runs: finish writing them in an earlier step.`);
            }
            sized.push({ ...entry, size: stat.size });
        }
        await (format === 'zip' ? writeZip(sized, out) : writeTarGz(sized, out));
        // With its mtime, the upload can tell the archive was not touched after packing.
        const { size, mtimeMs } = await external_node_fs_namespaceObject.promises.stat(out);
        return { path: out, relativePath: name, name, size, mtimeMs };
    }
    catch (err) {
        await external_node_fs_namespaceObject.promises.rm(dir, { recursive: true, force: true });
        throw explain(err, out, files, name);
    }
}
function explain(err, out, files, name) {
    if (err instanceof ArchiveError)
        return err;
    const e = err;
    if (e.code === 'ENOSPC') {
        const bound = archiveSizeBound(files, name);
        return new ArchiveError(`Ran out of disk space writing ${out} (the archive can take up to ${bound} bytes).`);
    }
    return new ArchiveError(`Could not pack ${name}: ${e.message}`);
}
/** Names the file in an error; the libraries' own messages say neither which nor why. */
function entryError(entry, err) {
    if (/size mismatch|unexpected number of bytes/i.test(err.message)) {
        return new ArchiveError(`${entry.file.path} changed while it was being packed.`);
    }
    if (err.path === entry.file.path) {
        return new ArchiveError(`Could not read ${entry.file.path}: ${err.message}`);
    }
    return err;
}
async function writeZip(entries, out) {
    const zip = new yazl/* ZipFile */.u();
    const output = zip.outputStream;
    let current;
    let reading;
    // yazl reports file errors on the ZipFile, not its stream: fail the pipeline with them.
    const fail = (err) => {
        reading?.destroy();
        output.destroy(current ? entryError(current, err) : err);
    };
    zip.on('error', fail);
    for (const entry of entries) {
        zip.addReadStreamLazy(entry.name, {
            // DOS times are local: local midnight is 1980-01-01 00:00 in every zone. No UTC
            // extra field, which would hold that instant and so depend on the zone.
            mtime: new Date(1980, 0, 1),
            forceDosTimestamp: true,
            mode: 0o100000 | ARCHIVE_FILE_MODE,
            compressionLevel: 6,
            size: entry.size
        }, (cb) => {
            current = entry;
            reading = (0,external_node_fs_namespaceObject.createReadStream)(entry.file.path);
            reading.once('error', fail);
            cb(null, reading);
        });
    }
    zip.end();
    await (0,external_node_stream_promises_namespaceObject.pipeline)(output, (0,external_node_fs_namespaceObject.createWriteStream)(out));
}
async function writeTarGz(entries, out) {
    const pack = tar_stream.pack();
    const written = (0,external_node_stream_promises_namespaceObject.pipeline)(pack, external_node_zlib_namespaceObject.createGzip({ level: 6 }), fixGzipHeader(), (0,external_node_fs_namespaceObject.createWriteStream)(out));
    let current;
    const feed = async () => {
        for (const entry of entries) {
            current = entry;
            const sink = pack.entry({
                name: entry.name,
                size: entry.size,
                type: 'file',
                mode: ARCHIVE_FILE_MODE,
                mtime: ARCHIVE_EPOCH,
                uid: 0,
                gid: 0,
                uname: '',
                gname: ''
            });
            await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(entry.file.path), sink);
        }
        current = undefined;
        pack.finalize();
    };
    const fed = feed().catch((err) => {
        pack.destroy(err);
        throw err;
    });
    try {
        await Promise.all([written, fed]);
    }
    catch (err) {
        // Whichever stream reported it first, an entry's failure names its file.
        throw current ? entryError(current, err) : err;
    }
}
/** Sets the gzip header's OS byte (offset 9) to "unknown"; node's zlib already writes mtime 0. */
function fixGzipHeader() {
    let offset = 0;
    return new external_node_stream_namespaceObject.Transform({
        transform(chunk, _encoding, cb) {
            if (offset <= 9 && offset + chunk.length > 9)
                chunk[9 - offset] = GZIP_OS_UNKNOWN;
            offset += chunk.length;
            cb(null, chunk);
        }
    });
}

;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-glob-options-helper.js

/**
 * Returns a copy with defaults filled in.
 */
function getOptions(copy) {
    const result = {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: true,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    };
    if (copy) {
        if (typeof copy.followSymbolicLinks === 'boolean') {
            result.followSymbolicLinks = copy.followSymbolicLinks;
            core_debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
        }
        if (typeof copy.implicitDescendants === 'boolean') {
            result.implicitDescendants = copy.implicitDescendants;
            core_debug(`implicitDescendants '${result.implicitDescendants}'`);
        }
        if (typeof copy.matchDirectories === 'boolean') {
            result.matchDirectories = copy.matchDirectories;
            core_debug(`matchDirectories '${result.matchDirectories}'`);
        }
        if (typeof copy.omitBrokenSymbolicLinks === 'boolean') {
            result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
            core_debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
        }
        if (typeof copy.excludeHiddenFiles === 'boolean') {
            result.excludeHiddenFiles = copy.excludeHiddenFiles;
            core_debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
        }
    }
    return result;
}
//# sourceMappingURL=internal-glob-options-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path-helper.js


const internal_path_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
 *
 * For example, on Linux/macOS:
 * - `/               => /`
 * - `/hello          => /`
 *
 * For example, on Windows:
 * - `C:\             => C:\`
 * - `C:\hello        => C:\`
 * - `C:              => C:`
 * - `C:hello         => C:`
 * - `\               => \`
 * - `\hello          => \`
 * - `\\hello         => \\hello`
 * - `\\hello\world   => \\hello\world`
 */
function dirname(p) {
    // Normalize slashes and trim unnecessary trailing slash
    p = safeTrimTrailingSeparator(p);
    // Windows UNC root, e.g. \\hello or \\hello\world
    if (internal_path_helper_IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
        return p;
    }
    // Get dirname
    let result = external_path_namespaceObject.dirname(p);
    // Trim trailing slash for Windows UNC root, e.g. \\hello\world\
    if (internal_path_helper_IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
        result = safeTrimTrailingSeparator(result);
    }
    return result;
}
/**
 * Roots the path if not already rooted. On Windows, relative roots like `\`
 * or `C:` are expanded based on the current working directory.
 */
function ensureAbsoluteRoot(root, itemPath) {
    external_assert_namespaceObject(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
    external_assert_namespaceObject(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Already rooted
    if (hasAbsoluteRoot(itemPath)) {
        return itemPath;
    }
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // Check for itemPath like C: or C:foo
        if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
            let cwd = process.cwd();
            external_assert_namespaceObject(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            // Drive letter matches cwd? Expand to cwd
            if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
                // Drive only, e.g. C:
                if (itemPath.length === 2) {
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}`;
                }
                // Drive + path, e.g. C:foo
                else {
                    if (!cwd.endsWith('\\')) {
                        cwd += '\\';
                    }
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
                }
            }
            // Different drive
            else {
                return `${itemPath[0]}:\\${itemPath.substr(2)}`;
            }
        }
        // Check for itemPath like \ or \foo
        else if (internal_path_helper_normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
            const cwd = process.cwd();
            external_assert_namespaceObject(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            return `${cwd[0]}:\\${itemPath.substr(1)}`;
        }
    }
    external_assert_namespaceObject(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    // Otherwise ensure root ends with a separator
    if (root.endsWith('/') || (internal_path_helper_IS_WINDOWS && root.endsWith('\\'))) {
        // Intentionally empty
    }
    else {
        // Append separator
        root += external_path_namespaceObject.sep;
    }
    return root + itemPath;
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\\hello\share` and `C:\hello` (and using alternate separator).
 */
function hasAbsoluteRoot(itemPath) {
    external_assert_namespaceObject(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = internal_path_helper_normalizeSeparators(itemPath);
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // E.g. \\hello\share or C:\hello
        return itemPath.startsWith('\\\\') || /^[A-Z]:\\/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
 */
function hasRoot(itemPath) {
    external_assert_namespaceObject(itemPath, `isRooted parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = internal_path_helper_normalizeSeparators(itemPath);
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // E.g. \ or \hello or \\hello
        // E.g. C: or C:\hello
        return itemPath.startsWith('\\') || /^[A-Z]:/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * Removes redundant slashes and converts `/` to `\` on Windows
 */
function internal_path_helper_normalizeSeparators(p) {
    p = p || '';
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // Convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // Remove redundant slashes
        const isUnc = /^\\\\+[^\\]/.test(p); // e.g. \\hello
        return (isUnc ? '\\' : '') + p.replace(/\\\\+/g, '\\'); // preserve leading \\ for UNC
    }
    // Remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
/**
 * Normalizes the path separators and trims the trailing separator (when safe).
 * For example, `/foo/ => /foo` but `/ => /`
 */
function safeTrimTrailingSeparator(p) {
    // Short-circuit if empty
    if (!p) {
        return '';
    }
    // Normalize separators
    p = internal_path_helper_normalizeSeparators(p);
    // No trailing slash
    if (!p.endsWith(external_path_namespaceObject.sep)) {
        return p;
    }
    // Check '/' on Linux/macOS and '\' on Windows
    if (p === external_path_namespaceObject.sep) {
        return p;
    }
    // On Windows check if drive root. E.g. C:\
    if (internal_path_helper_IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
        return p;
    }
    // Otherwise trim trailing slash
    return p.substr(0, p.length - 1);
}
//# sourceMappingURL=internal-path-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-match-kind.js
/**
 * Indicates whether a pattern matches a path
 */
var MatchKind;
(function (MatchKind) {
    /** Not matched */
    MatchKind[MatchKind["None"] = 0] = "None";
    /** Matched if the path is a directory */
    MatchKind[MatchKind["Directory"] = 1] = "Directory";
    /** Matched if the path is a regular file */
    MatchKind[MatchKind["File"] = 2] = "File";
    /** Matched */
    MatchKind[MatchKind["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));
//# sourceMappingURL=internal-match-kind.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern-helper.js


const internal_pattern_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Given an array of patterns, returns an array of paths to search.
 * Duplicates and paths under other included paths are filtered out.
 */
function getSearchPaths(patterns) {
    // Ignore negate patterns
    patterns = patterns.filter(x => !x.negate);
    // Create a map of all search paths
    const searchPathMap = {};
    for (const pattern of patterns) {
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        searchPathMap[key] = 'candidate';
    }
    const result = [];
    for (const pattern of patterns) {
        // Check if already included
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        if (searchPathMap[key] === 'included') {
            continue;
        }
        // Check for an ancestor search path
        let foundAncestor = false;
        let tempKey = key;
        let parent = dirname(tempKey);
        while (parent !== tempKey) {
            if (searchPathMap[parent]) {
                foundAncestor = true;
                break;
            }
            tempKey = parent;
            parent = dirname(tempKey);
        }
        // Include the search pattern in the result
        if (!foundAncestor) {
            result.push(pattern.searchPath);
            searchPathMap[key] = 'included';
        }
    }
    return result;
}
/**
 * Matches the patterns against the path
 */
function internal_pattern_helper_match(patterns, itemPath) {
    let result = MatchKind.None;
    for (const pattern of patterns) {
        if (pattern.negate) {
            result &= ~pattern.match(itemPath);
        }
        else {
            result |= pattern.match(itemPath);
        }
    }
    return result;
}
/**
 * Checks whether to descend further into the directory
 */
function internal_pattern_helper_partialMatch(patterns, itemPath) {
    return patterns.some(x => !x.negate && x.partialMatch(itemPath));
}
//# sourceMappingURL=internal-pattern-helper.js.map
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path.js



const internal_path_IS_WINDOWS = process.platform === 'win32';
/**
 * Helper class for parsing paths into segments
 */
class Path {
    /**
     * Constructs a Path
     * @param itemPath Path or array of segments
     */
    constructor(itemPath) {
        this.segments = [];
        // String
        if (typeof itemPath === 'string') {
            external_assert_namespaceObject(itemPath, `Parameter 'itemPath' must not be empty`);
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
            // Not rooted
            if (!hasRoot(itemPath)) {
                this.segments = itemPath.split(external_path_namespaceObject.sep);
            }
            // Rooted
            else {
                // Add all segments, while not at the root
                let remaining = itemPath;
                let dir = dirname(remaining);
                while (dir !== remaining) {
                    // Add the segment
                    const basename = external_path_namespaceObject.basename(remaining);
                    this.segments.unshift(basename);
                    // Truncate the last segment
                    remaining = dir;
                    dir = dirname(remaining);
                }
                // Remainder is the root
                this.segments.unshift(remaining);
            }
        }
        // Array
        else {
            // Must not be empty
            external_assert_namespaceObject(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
            // Each segment
            for (let i = 0; i < itemPath.length; i++) {
                let segment = itemPath[i];
                // Must not be empty
                external_assert_namespaceObject(segment, `Parameter 'itemPath' must not contain any empty segments`);
                // Normalize slashes
                segment = internal_path_helper_normalizeSeparators(itemPath[i]);
                // Root segment
                if (i === 0 && hasRoot(segment)) {
                    segment = safeTrimTrailingSeparator(segment);
                    external_assert_namespaceObject(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
                    this.segments.push(segment);
                }
                // All other segments
                else {
                    // Must not contain slash
                    external_assert_namespaceObject(!segment.includes(external_path_namespaceObject.sep), `Parameter 'itemPath' contains unexpected path separators`);
                    this.segments.push(segment);
                }
            }
        }
    }
    /**
     * Converts the path to it's string representation
     */
    toString() {
        // First segment
        let result = this.segments[0];
        // All others
        let skipSlash = result.endsWith(external_path_namespaceObject.sep) || (internal_path_IS_WINDOWS && /^[A-Z]:$/i.test(result));
        for (let i = 1; i < this.segments.length; i++) {
            if (skipSlash) {
                skipSlash = false;
            }
            else {
                result += external_path_namespaceObject.sep;
            }
            result += this.segments[i];
        }
        return result;
    }
}
//# sourceMappingURL=internal-path.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern.js







const internal_pattern_IS_WINDOWS = process.platform === 'win32';
class Pattern {
    constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
        /**
         * Indicates whether matches should be excluded from the result set
         */
        this.negate = false;
        // Pattern overload
        let pattern;
        if (typeof patternOrNegate === 'string') {
            pattern = patternOrNegate.trim();
        }
        // Segments overload
        else {
            // Convert to pattern
            segments = segments || [];
            external_assert_namespaceObject(segments.length, `Parameter 'segments' must not empty`);
            const root = Pattern.getLiteral(segments[0]);
            external_assert_namespaceObject(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
            pattern = new Path(segments).toString().trim();
            if (patternOrNegate) {
                pattern = `!${pattern}`;
            }
        }
        // Negate
        while (pattern.startsWith('!')) {
            this.negate = !this.negate;
            pattern = pattern.substr(1).trim();
        }
        // Normalize slashes and ensures absolute root
        pattern = Pattern.fixupPattern(pattern, homedir);
        // Segments
        this.segments = new Path(pattern).segments;
        // Trailing slash indicates the pattern should only match directories, not regular files
        this.trailingSeparator = internal_path_helper_normalizeSeparators(pattern)
            .endsWith(external_path_namespaceObject.sep);
        pattern = safeTrimTrailingSeparator(pattern);
        // Search path (literal path prior to the first glob segment)
        let foundGlob = false;
        const searchSegments = this.segments
            .map(x => Pattern.getLiteral(x))
            .filter(x => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = new Path(searchSegments).toString();
        // Root RegExp (required when determining partial match)
        this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), internal_pattern_IS_WINDOWS ? 'i' : '');
        this.isImplicitPattern = isImplicitPattern;
        // Create minimatch
        const minimatchOptions = {
            dot: true,
            nobrace: true,
            nocase: internal_pattern_IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        };
        pattern = internal_pattern_IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern;
        this.minimatch = new Minimatch(pattern, minimatchOptions);
    }
    /**
     * Matches the pattern against the specified path
     */
    match(itemPath) {
        // Last segment is globstar?
        if (this.segments[this.segments.length - 1] === '**') {
            // Normalize slashes
            itemPath = internal_path_helper_normalizeSeparators(itemPath);
            // Append a trailing slash. Otherwise Minimatch will not match the directory immediately
            // preceding the globstar. For example, given the pattern `/foo/**`, Minimatch returns
            // false for `/foo` but returns true for `/foo/`. Append a trailing slash to handle that quirk.
            if (!itemPath.endsWith(external_path_namespaceObject.sep) && this.isImplicitPattern === false) {
                // Note, this is safe because the constructor ensures the pattern has an absolute root.
                // For example, formats like C: and C:foo on Windows are resolved to an absolute root.
                itemPath = `${itemPath}${external_path_namespaceObject.sep}`;
            }
        }
        else {
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
        }
        // Match
        if (this.minimatch.match(itemPath)) {
            return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
        }
        return MatchKind.None;
    }
    /**
     * Indicates whether the pattern may match descendants of the specified path
     */
    partialMatch(itemPath) {
        // Normalize slashes and trim unnecessary trailing slash
        itemPath = safeTrimTrailingSeparator(itemPath);
        // matchOne does not handle root path correctly
        if (dirname(itemPath) === itemPath) {
            return this.rootRegExp.test(itemPath);
        }
        return this.minimatch.matchOne(itemPath.split(internal_pattern_IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
    /**
     * Escapes glob patterns within a path
     */
    static globEscape(s) {
        return (internal_pattern_IS_WINDOWS ? s : s.replace(/\\/g, '\\\\')) // escape '\' on Linux/macOS
            .replace(/(\[)(?=[^/]+\])/g, '[[]') // escape '[' when ']' follows within the path segment
            .replace(/\?/g, '[?]') // escape '?'
            .replace(/\*/g, '[*]'); // escape '*'
    }
    /**
     * Normalizes slashes and ensures absolute root
     */
    static fixupPattern(pattern, homedir) {
        // Empty
        external_assert_namespaceObject(pattern, 'pattern cannot be empty');
        // Must not contain `.` segment, unless first segment
        // Must not contain `..` segment
        const literalSegments = new Path(pattern).segments.map(x => Pattern.getLiteral(x));
        external_assert_namespaceObject(literalSegments.every((x, i) => (x !== '.' || i === 0) && x !== '..'), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
        // Must not contain globs in root, e.g. Windows UNC path \\foo\b*r
        external_assert_namespaceObject(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
        // Normalize slashes
        pattern = internal_path_helper_normalizeSeparators(pattern);
        // Replace leading `.` segment
        if (pattern === '.' || pattern.startsWith(`.${external_path_namespaceObject.sep}`)) {
            pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
        }
        // Replace leading `~` segment
        else if (pattern === '~' || pattern.startsWith(`~${external_path_namespaceObject.sep}`)) {
            homedir = homedir || external_os_namespaceObject.homedir();
            external_assert_namespaceObject(homedir, 'Unable to determine HOME directory');
            external_assert_namespaceObject(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
            pattern = Pattern.globEscape(homedir) + pattern.substr(1);
        }
        // Replace relative drive root, e.g. pattern is C: or C:foo
        else if (internal_pattern_IS_WINDOWS &&
            (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', pattern.substr(0, 2));
            if (pattern.length > 2 && !root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(2);
        }
        // Replace relative root, e.g. pattern is \ or \foo
        else if (internal_pattern_IS_WINDOWS && (pattern === '\\' || pattern.match(/^\\[^\\]/))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', '\\');
            if (!root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(1);
        }
        // Otherwise ensure absolute root
        else {
            pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
        }
        return internal_path_helper_normalizeSeparators(pattern);
    }
    /**
     * Attempts to unescape a pattern segment to create a literal path segment.
     * Otherwise returns empty string.
     */
    static getLiteral(segment) {
        let literal = '';
        for (let i = 0; i < segment.length; i++) {
            const c = segment[i];
            // Escape
            if (c === '\\' && !internal_pattern_IS_WINDOWS && i + 1 < segment.length) {
                literal += segment[++i];
                continue;
            }
            // Wildcard
            else if (c === '*' || c === '?') {
                return '';
            }
            // Character set
            else if (c === '[' && i + 1 < segment.length) {
                let set = '';
                let closed = -1;
                for (let i2 = i + 1; i2 < segment.length; i2++) {
                    const c2 = segment[i2];
                    // Escape
                    if (c2 === '\\' && !internal_pattern_IS_WINDOWS && i2 + 1 < segment.length) {
                        set += segment[++i2];
                        continue;
                    }
                    // Closed
                    else if (c2 === ']') {
                        closed = i2;
                        break;
                    }
                    // Otherwise
                    else {
                        set += c2;
                    }
                }
                // Closed?
                if (closed >= 0) {
                    // Cannot convert
                    if (set.length > 1) {
                        return '';
                    }
                    // Convert to literal
                    if (set) {
                        literal += set;
                        i = closed;
                        continue;
                    }
                }
                // Otherwise fall thru
            }
            // Append
            literal += c;
        }
        return literal;
    }
    /**
     * Escapes regexp special characters
     * https://javascript.info/regexp-escaping
     */
    static regExpEscape(s) {
        return s.replace(/[[\\^$.|?*+()]/g, '\\$&');
    }
}
//# sourceMappingURL=internal-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-search-state.js
class SearchState {
    constructor(path, level) {
        this.path = path;
        this.level = level;
    }
}
//# sourceMappingURL=internal-search-state.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-globber.js
var internal_globber_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};
var __await = (undefined && undefined.__await) || function (v) { return this instanceof __await ? (this.v = v, this) : new __await(v); }
var __asyncGenerator = (undefined && undefined.__asyncGenerator) || function (thisArg, _arguments, generator) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var g = generator.apply(thisArg, _arguments || []), i, q = [];
    return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
    function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
    function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
    function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
    function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
    function fulfill(value) { resume("next", value); }
    function reject(value) { resume("throw", value); }
    function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
};








const internal_globber_IS_WINDOWS = process.platform === 'win32';
class DefaultGlobber {
    constructor(options) {
        this.patterns = [];
        this.searchPaths = [];
        this.options = getOptions(options);
    }
    getSearchPaths() {
        // Return a copy
        return this.searchPaths.slice();
    }
    glob() {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            var _a, e_1, _b, _c;
            const result = [];
            try {
                for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
                    _c = _f.value;
                    _d = false;
                    const itemPath = _c;
                    result.push(itemPath);
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return result;
        });
    }
    globGenerator() {
        return __asyncGenerator(this, arguments, function* globGenerator_1() {
            // Fill in defaults options
            const options = getOptions(this.options);
            // Implicit descendants?
            const patterns = [];
            for (const pattern of this.patterns) {
                patterns.push(pattern);
                if (options.implicitDescendants &&
                    (pattern.trailingSeparator ||
                        pattern.segments[pattern.segments.length - 1] !== '**')) {
                    patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
                }
            }
            // Push the search paths
            const stack = [];
            for (const searchPath of getSearchPaths(patterns)) {
                core_debug(`Search path '${searchPath}'`);
                // Exists?
                try {
                    // Intentionally using lstat. Detection for broken symlink
                    // will be performed later (if following symlinks).
                    yield __await(external_fs_.promises.lstat(searchPath));
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        continue;
                    }
                    throw err;
                }
                stack.unshift(new SearchState(searchPath, 1));
            }
            // Search
            const traversalChain = []; // used to detect cycles
            while (stack.length) {
                // Pop
                const item = stack.pop();
                // Match?
                const match = internal_pattern_helper_match(patterns, item.path);
                const partialMatch = !!match || internal_pattern_helper_partialMatch(patterns, item.path);
                if (!match && !partialMatch) {
                    continue;
                }
                // Stat
                const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain)
                // Broken symlink, or symlink cycle detected, or no longer exists
                );
                // Broken symlink, or symlink cycle detected, or no longer exists
                if (!stats) {
                    continue;
                }
                // Hidden file or directory?
                if (options.excludeHiddenFiles && external_path_namespaceObject.basename(item.path).match(/^\./)) {
                    continue;
                }
                // Directory
                if (stats.isDirectory()) {
                    // Matched
                    if (match & MatchKind.Directory && options.matchDirectories) {
                        yield yield __await(item.path);
                    }
                    // Descend?
                    else if (!partialMatch) {
                        continue;
                    }
                    // Push the child items in reverse
                    const childLevel = item.level + 1;
                    const childItems = (yield __await(external_fs_.promises.readdir(item.path))).map(x => new SearchState(external_path_namespaceObject.join(item.path, x), childLevel));
                    stack.push(...childItems.reverse());
                }
                // File
                else if (match & MatchKind.File) {
                    yield yield __await(item.path);
                }
            }
        });
    }
    /**
     * Constructs a DefaultGlobber
     */
    static create(patterns, options) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            const result = new DefaultGlobber(options);
            if (internal_globber_IS_WINDOWS) {
                patterns = patterns.replace(/\r\n/g, '\n');
                patterns = patterns.replace(/\r/g, '\n');
            }
            const lines = patterns.split('\n').map(x => x.trim());
            for (const line of lines) {
                // Empty or comment
                if (!line || line.startsWith('#')) {
                    continue;
                }
                // Pattern
                else {
                    result.patterns.push(new Pattern(line));
                }
            }
            result.searchPaths.push(...getSearchPaths(result.patterns));
            return result;
        });
    }
    static stat(item, options, traversalChain) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            // Note:
            // `stat` returns info about the target of a symlink (or symlink chain)
            // `lstat` returns info about a symlink itself
            let stats;
            if (options.followSymbolicLinks) {
                try {
                    // Use `stat` (following symlinks)
                    stats = yield external_fs_.promises.stat(item.path);
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        if (options.omitBrokenSymbolicLinks) {
                            core_debug(`Broken symlink '${item.path}'`);
                            return undefined;
                        }
                        throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
                    }
                    throw err;
                }
            }
            else {
                // Use `lstat` (not following symlinks)
                stats = yield external_fs_.promises.lstat(item.path);
            }
            // Note, isDirectory() returns false for the lstat of a symlink
            if (stats.isDirectory() && options.followSymbolicLinks) {
                // Get the realpath
                const realPath = yield external_fs_.promises.realpath(item.path);
                // Fixup the traversal chain to match the item level
                while (traversalChain.length >= item.level) {
                    traversalChain.pop();
                }
                // Test for a cycle
                if (traversalChain.some((x) => x === realPath)) {
                    core_debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
                    return undefined;
                }
                // Update the traversal chain
                traversalChain.push(realPath);
            }
            return stats;
        });
    }
}
//# sourceMappingURL=internal-globber.js.map
// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-hash-files.js
var internal_hash_files_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var internal_hash_files_asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};






function hashFiles(globber_1, currentWorkspace_1) {
    return internal_hash_files_awaiter(this, arguments, void 0, function* (globber, currentWorkspace, verbose = false) {
        var _a, e_1, _b, _c;
        var _d;
        const writeDelegate = verbose ? core.info : core.debug;
        let hasMatch = false;
        const githubWorkspace = currentWorkspace
            ? currentWorkspace
            : ((_d = process.env['GITHUB_WORKSPACE']) !== null && _d !== void 0 ? _d : process.cwd());
        const result = crypto.createHash('sha256');
        let count = 0;
        try {
            for (var _e = true, _f = internal_hash_files_asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
                _c = _g.value;
                _e = false;
                const file = _c;
                writeDelegate(file);
                if (!file.startsWith(`${githubWorkspace}${path.sep}`)) {
                    writeDelegate(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
                    continue;
                }
                if (fs.statSync(file).isDirectory()) {
                    writeDelegate(`Skip directory '${file}'.`);
                    continue;
                }
                const hash = crypto.createHash('sha256');
                const pipeline = util.promisify(stream.pipeline);
                yield pipeline(fs.createReadStream(file), hash);
                result.write(hash.digest());
                count++;
                if (!hasMatch) {
                    hasMatch = true;
                }
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
            }
            finally { if (e_1) throw e_1.error; }
        }
        result.end();
        if (hasMatch) {
            writeDelegate(`Found ${count} files to hash.`);
            return result.digest('hex');
        }
        else {
            writeDelegate(`No matches found for glob`);
            return '';
        }
    });
}
//# sourceMappingURL=internal-hash-files.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/glob.js
var glob_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Constructs a globber
 *
 * @param patterns  Patterns separated by newlines
 * @param options   Glob options
 */
function create(patterns, options) {
    return glob_awaiter(this, void 0, void 0, function* () {
        return yield DefaultGlobber.create(patterns, options);
    });
}
/**
 * Computes the sha256 hash of a glob
 *
 * @param patterns  Patterns separated by newlines
 * @param currentWorkspace  Workspace used when matching files
 * @param options   Glob options
 * @param verbose   Enables verbose logging
 */
function glob_hashFiles(patterns_1) {
    return glob_awaiter(this, arguments, void 0, function* (patterns, currentWorkspace = '', options, verbose = false) {
        let followSymbolicLinks = true;
        if (options && typeof options.followSymbolicLinks === 'boolean') {
            followSymbolicLinks = options.followSymbolicLinks;
        }
        const globber = yield create(patterns, { followSymbolicLinks });
        return _hashFiles(globber, currentWorkspace, verbose);
    });
}
//# sourceMappingURL=glob.js.map
;// CONCATENATED MODULE: ./src/files/search.ts







/** Anchors a relative pattern at the workspace, keeping a leading `!`. */
function search_anchor(line, workspace) {
    const negated = line.startsWith('!');
    const body = negated ? line.slice(1) : line;
    const absolute = external_node_path_namespaceObject.isAbsolute(body) ? body : external_node_path_namespaceObject.join(workspace, body);
    return (negated ? '!' : '') + absolute;
}
// C0 and C1 control characters and DEL (tab and newline included): a name holding one could
// start a line of its own in the log and be read by the runner as a workflow command.
const search_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A path as messages show it: relative to the workspace, '/'-separated, control characters escaped. */
function shown(relativePath) {
    return `'${oneLine(relativePath).replace(/\t/g, '\\t')}'`;
}
function relativeTo(workspace, file) {
    return external_node_path_namespaceObject.relative(workspace, file).split(external_node_path_namespaceObject.sep).join('/');
}
function report(problems, relativePath, message) {
    if (!problems.has(relativePath))
        problems.set(relativePath, `${shown(relativePath)} ${message}`);
}
const EXCLUDE_IT = "or exclude it with a '!' pattern.";
function errorCode(err) {
    return err.code ?? String(err);
}
function isPermission(code) {
    return code === 'EACCES' || code === 'EPERM';
}
const MATCH_FILE = 2;
function isGlobPattern(value) {
    const p = value;
    return typeof p?.match === 'function' && typeof p.partialMatch === 'function' && Array.isArray(p.segments);
}
/**
 * The globber's parsed patterns. Its own walk stops at the first unreadable directory or looping
 * link with a bare EACCES or ELOOP, and drops dangling links silently; ours (below) uses its
 * matchers, so it matches exactly the same paths, but collects every problem. `patterns` is not
 * public API: an upgrade of @actions/glob that changes it fails every search here, not silently.
 */
function globPatterns(globber, implicitDescendants) {
    const patterns = globber.patterns;
    if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every(isGlobPattern)) {
        throw new Error('@actions/glob no longer exposes its parsed patterns: src/files/search.ts must be updated for it.');
    }
    if (!implicitDescendants)
        return patterns;
    // What @actions/glob adds for implicitDescendants: each pattern also matches everything under it.
    return patterns.flatMap((p) => p.trailingSeparator || p.segments[p.segments.length - 1] !== '**'
        ? [p, new p.constructor(p.negate, true, [...p.segments, '**'])]
        : [p]);
}
/**
 * Walks the tree as @actions/glob does: links followed, directory cycles skipped, only directories
 * a pattern may reach into entered. Returns the matched non-directories; adds what is in the way
 * to `problems`: an unreadable directory on the way (unless an exclude names it), a matched
 * link that loops or leads nowhere, a path that cannot be examined.
 */
function walk(globber, keepTrees, workspace, problems) {
    const patterns = globPatterns(globber, keepTrees);
    const matchKind = (p) => patterns.reduce((kind, x) => (x.negate ? kind & ~x.match(p) : kind | x.match(p)), 0);
    const reachesInto = (p) => patterns.some((x) => !x.negate && x.partialMatch(p));
    const excluded = (p) => patterns.some((x) => x.negate && x.match(p) !== 0);
    const problem = (p, message) => report(problems, relativeTo(workspace, p), message);
    const stack = [];
    for (const searchPath of globber.getSearchPaths()) {
        try {
            (0,external_node_fs_namespaceObject.lstatSync)(searchPath);
            stack.unshift({ path: searchPath, level: 1 });
        }
        catch (err) {
            const code = errorCode(err);
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                problem(searchPath, cannotExamine(code));
        }
    }
    const found = [];
    // Real paths of the directories from the search path down to the current one.
    const chain = [];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const kind = matchKind(item.path);
        if (kind === 0 && !reachesInto(item.path))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_namespaceObject.statSync)(item.path);
        }
        catch (err) {
            const code = errorCode(err);
            if (code === 'ENOENT' || code === 'ENOTDIR') {
                const target = kind === 0 ? undefined : linkTarget(item.path);
                if (target !== undefined) {
                    problem(item.path, `is a symbolic link to ${shown(target)}, which does not exist. Point it at a file, remove it, ${EXCLUDE_IT}`);
                }
            }
            else if (code === 'ELOOP') {
                if (kind !== 0) {
                    problem(item.path, `is a symbolic link that loops (ELOOP): following it never reaches a file. Point it at a file, remove it, ${EXCLUDE_IT}`);
                }
            }
            else if (kind !== 0 || !excluded(item.path)) {
                problem(item.path, cannotExamine(code));
            }
            continue;
        }
        if (!stat.isDirectory()) {
            if (kind & MATCH_FILE)
                found.push({ path: item.path, stat });
            continue;
        }
        chain.length = Math.min(chain.length, item.level - 1);
        let real;
        try {
            real = (0,external_node_fs_namespaceObject.realpathSync)(item.path);
        }
        catch (err) {
            problem(item.path, cannotExamine(errorCode(err)));
            continue;
        }
        // A link back up the tree: what is under it is reached the other way.
        if (chain.includes(real))
            continue;
        chain.push(real);
        let names;
        try {
            names = (0,external_node_fs_namespaceObject.readdirSync)(item.path);
        }
        catch (err) {
            // Nothing under an excluded directory is wanted: it may stay unreadable.
            if (!excluded(item.path)) {
                const code = errorCode(err);
                const why = isPermission(code) ? 'permission denied' : code;
                problem(item.path, `is a directory that cannot be read (${why}), so the files in it cannot be searched. ` +
                    `Make it readable to the user the step runs as (chmod a+rx), or exclude it with a '!' pattern that names it.`);
            }
            continue;
        }
        for (let i = names.length - 1; i >= 0; i--)
            stack.push({ path: external_node_path_namespaceObject.join(item.path, names[i]), level: item.level + 1 });
    }
    return found;
}
function cannotExamine(code) {
    return isPermission(code)
        ? `cannot be examined (permission denied on a directory on its path). Make its directories searchable to the user the step runs as (chmod a+x), ${EXCLUDE_IT}`
        : `cannot be examined (${code}).`;
}
/** Where a symbolic link points, or undefined if the path is no link. */
function linkTarget(p) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(p).isSymbolicLink() ? (0,external_node_fs_namespaceObject.readlinkSync)(p) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The matched path as an upload, or undefined after adding why it cannot be one to `problems`. */
function localFile(match, stat, workspace, keepTrees, problems) {
    const relativePath = relativeTo(workspace, match);
    const name = external_node_path_namespaceObject.basename(match).normalize('NFC');
    // In an archive the whole relative path is an entry name; uploaded flat, only the base name is kept.
    if (search_CONTROL.test(keepTrees ? relativePath : name)) {
        report(problems, relativePath, `has control characters in its ${keepTrees ? 'path' : 'name'} (shown escaped); such a name could forge ` +
            `workflow commands in the log. Rename it, ${EXCLUDE_IT}`);
        return undefined;
    }
    if (!stat.isFile()) {
        const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
        report(problems, relativePath, `is not a regular file (${what}); only regular files can be uploaded. Exclude it with a '!' pattern.`);
        return undefined;
    }
    // Opened and closed now, so an unreadable file fails the run before anything is written to Zenodo.
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(match, 'r');
    }
    catch (err) {
        const code = errorCode(err);
        report(problems, relativePath, isPermission(code)
            ? `cannot be read (permission denied). Make it readable to the user the step runs as (chmod a+r), ${EXCLUDE_IT}`
            : `cannot be read (${code}).`);
        return undefined;
    }
    try {
        // Size and time of the file as opened: the upload compares them with the file it opens.
        const { size, mtimeMs } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        return { path: match, relativePath, name, size, mtimeMs };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Finds the files that the patterns match. Each include line is globbed on its own (with every
 * exclude line) so that a line matching nothing can be reported by name. `keepTrees` is archive
 * mode: a pattern naming a directory takes its tree, and relative paths are entry names.
 *
 * Every matched name is kept: a symbolic link and its target are two names (one path matched by
 * two lines counts once). Whatever would fail later (unreadable files or directories, looping or
 * dangling links, control characters in names) fails here, all of it in one FileSearchError.
 */
async function findFiles(patterns, workspace, keepTrees = false) {
    const includes = patterns.filter((p) => !p.startsWith('!'));
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => search_anchor(p, workspace));
    const matched = new Map();
    const problems = new Map();
    const unmatched = [];
    for (const include of includes) {
        const globber = await create([search_anchor(include, workspace), ...excludes].join('\n'));
        // Sync calls: at start-up nothing else runs, and they cost far less than thread-pool trips.
        const found = walk(globber, keepTrees, workspace, problems);
        if (found.length === 0)
            unmatched.push(include);
        for (const { path: match, stat } of found)
            if (!matched.has(match))
                matched.set(match, stat);
    }
    const files = [];
    for (const [match, stat] of matched) {
        const file = localFile(match, stat, workspace, keepTrees, problems);
        if (file)
            files.push(file);
    }
    if (problems.size > 0) {
        const sorted = [...problems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        throw new FileSearchError(sorted.map(([, message]) => message).join('\n'));
    }
    // Code-point order: deterministic, and no ICU collator to load (measurable at start-up).
    files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
    return { files, unmatched };
}
/** Applies `if-no-files-found` to the include lines that matched nothing; returns warnings. */
function checkUnmatched(result, option) {
    if (result.unmatched.length === 0)
        return [];
    const list = result.unmatched.map((p) => `'${p}'`).join(', ');
    const message = `No files were found with the provided path: ${list}.`;
    switch (option) {
        case NoFileOptions.error:
            throw new FileSearchError(`${message} Check the '${Inputs.Files}' patterns (they are relative to the workspace), ` +
                `or set '${Inputs.IfNoFilesFound}' to warn or ignore.`);
        case NoFileOptions.warn:
            return [`${message} No artifacts will be uploaded for it.`];
        case NoFileOptions.ignore:
            return [];
    }
}
/**
 * Checks what Zenodo would refuse for individual files: empty files, two files with one key,
 * over-long keys. Collects every problem so one run reports them all.
 */
function validateFiles(files) {
    const problems = [];
    const byName = new Map();
    for (const file of files) {
        const other = byName.get(file.name);
        if (other) {
            problems.push(`${shown(other.relativePath)} and ${shown(file.relativePath)} would both be uploaded as ${shown(file.name)}. ` +
                `Zenodo keys are base names: rename one, exclude one with a '!' pattern, or use 'archive'.`);
        }
        byName.set(file.name, file);
        if (file.size === 0) {
            problems.push(`${shown(file.relativePath)} is empty (0 bytes); Zenodo rejects empty files. Exclude it with a '!' pattern.`);
        }
        if (file.name.length > MAX_KEY_LENGTH) {
            problems.push(`${shown(file.relativePath)}: the name is longer than ${MAX_KEY_LENGTH} characters, which Zenodo refuses.`);
        }
    }
    if (problems.length > 0)
        throw new FileSearchError(problems.join('\n'));
}

;// CONCATENATED MODULE: ./src/inputs.ts






/** A bad input value. The message names the input and says what to do. */
class InputError extends UserError {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
const ZENODO_DOI = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?10\.5281\/zenodo\.(\d+)$/i;
const OTHER_DOI = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
const RECORD_URL = /^https?:\/\/[^/]+\/(?:records?|deposit|uploads)\/([A-Za-z0-9-]+)\/?(?:[?#].*)?$/i;
/** InvenioRDM's record ids: five and five characters of Crockford base32 (`abcde-12345`). */
const NATIVE_ID = /^[a-z0-9]{5}-[a-z0-9]{5}$/i;
const MAX_CONCURRENCY = 16;
/**
 * Turns `deposition-id` into what names a record: a numeric Zenodo id, an InvenioRDM id
 * (`abcde-12345`), a DOI (Zenodo's give their id; others are resolved through the instance's
 * search), or a record or deposit page URL. Whether it names a draft, a version or a concept is
 * found out later from the server.
 */
function parseDepositionId(value) {
    const text = value.trim();
    if (text === '')
        return undefined;
    if (/^\d+$/.test(text) && Number(text) > 0 && Number.isSafeInteger(Number(text)))
        return String(Number(text));
    if (NATIVE_ID.test(text))
        return text.toLowerCase();
    const zenodo = ZENODO_DOI.exec(text);
    if (zenodo)
        return String(Number(zenodo[1]));
    const url = RECORD_URL.exec(text);
    if (url && (/^\d+$/.test(url[1]) ? Number(url[1]) > 0 : NATIVE_ID.test(url[1])))
        return url[1];
    const doi = OTHER_DOI.exec(text);
    if (doi)
        return doi[1];
    throw new InputError(Inputs.DepositionId, `'${text}' is not a record. Give a numeric Zenodo id (e.g. 1234567), an InvenioRDM id (abcde-12345), a DOI ` +
        `(10.5281/zenodo.1234567) or a record URL (https://zenodo.org/records/1234567).`);
}
/** Normalises the base URL: tolerates a trailing `/` or `/api`; only http(s). */
function parseServerUrl(serverUrl, sandbox) {
    const given = serverUrl.trim();
    if (given === '')
        return sandbox ? SANDBOX_URL : ZENODO_URL;
    let url;
    try {
        url = new URL(given);
    }
    catch {
        throw new InputError(Inputs.ServerUrl, `'${given}' is not a valid URL (e.g. https://zenodo.org).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(Inputs.ServerUrl, `'${given}' must start with https:// (or http:// for a local test server).`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new InputError(Inputs.ServerUrl, `'${given}' must be a plain base URL such as https://zenodo.org.`);
    }
    const base = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '');
    return `${url.protocol}//${url.host}${base}`;
}
function isLoopback(serverUrl) {
    const host = new URL(serverUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function parseBoolean(name, fallback) {
    const value = getInput(name).trim();
    if (value === '')
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new InputError(name, `'${value}' is not a boolean; use true or false.`);
}
function parseIfNoFilesFound() {
    const value = getInput(Inputs.IfNoFilesFound).trim() || NoFileOptions.error;
    if (!Object.values(NoFileOptions).includes(value)) {
        throw new InputError(Inputs.IfNoFilesFound, `'${value}' is not one of error, warn, ignore.`);
    }
    return value;
}
function parseConcurrency() {
    const value = getInput(Inputs.Concurrency).trim();
    if (value === '')
        return 3;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
        throw new InputError(Inputs.Concurrency, `'${value}' must be a whole number from 1 to ${MAX_CONCURRENCY}.`);
    }
    return n;
}
function parseArchive() {
    const value = getInput(Inputs.Archive).trim();
    if (value === '')
        return undefined;
    if (value.includes('/') || value.includes('\\') || !/\.(zip|tar\.gz|tgz)$/i.test(value)) {
        throw new InputError(Inputs.Archive, `'${value}' must be a file name ending in .zip, .tar.gz or .tgz (no directories).`);
    }
    return value.normalize('NFC');
}
function parseApi() {
    const value = getInput(Inputs.Api).trim() || ApiChoice.auto;
    if (!Object.values(ApiChoice).includes(value)) {
        throw new InputError(Inputs.Api, `'${value}' is not one of auto, legacy, rdm.`);
    }
    return value;
}
function parseDataset() {
    const value = getInput(Inputs.Dataset).trim();
    if (value === '')
        return undefined;
    if (/[\u0000-\u001f\u007f-\u009f]/.test(value) || value.length > 100) {
        throw new InputError(Inputs.Dataset, 'must be one line of at most 100 characters, e.g. figures or raw-data.');
    }
    return value;
}
/** A real calendar date, YYYY-MM-DD, after `today` (servers refuse an embargo that ends today or earlier). */
function parseEmbargoUntil(today) {
    const value = getInput(Inputs.EmbargoUntil).trim();
    if (value === '')
        return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== value) {
        throw new InputError(Inputs.EmbargoUntil, `'${value}' is not a date; write it as YYYY-MM-DD, e.g. 2030-01-31.`);
    }
    if (value <= today) {
        throw new InputError(Inputs.EmbargoUntil, `${value} is not in the future (today is ${today}, UTC): an embargo must end after today.`);
    }
    return value;
}
/** `access`, `embargo-until` and `embargo-reason`: undefined when none is given. */
function parseAccess(today) {
    const given = getInput(Inputs.Access).trim();
    if (given !== '' && given !== 'public' && given !== 'restricted') {
        throw new InputError(Inputs.Access, `'${given}' is not one of public, restricted.`);
    }
    const until = parseEmbargoUntil(today);
    const reason = getInput(Inputs.EmbargoReason).trim();
    if (reason !== '' && until === undefined) {
        throw new InputError(Inputs.EmbargoReason, `is set but '${Inputs.EmbargoUntil}' is empty: a reason needs an embargo date.`);
    }
    if (until !== undefined) {
        return { files: 'restricted', embargo: reason === '' ? { until } : { until, reason } };
    }
    return given === '' ? undefined : { files: given };
}
/** Reads and validates every input. Throws InputError on the first bad value. */
function getInputs(env = process.env, today = new Date().toISOString().slice(0, 10)) {
    const token = getInput(Inputs.Token).trim();
    // Mask before anything else can print it.
    if (token) {
        core_setSecret(token);
        addSecret(token);
    }
    if (!token) {
        throw new InputError(Inputs.Token, 'is required. Pass a Zenodo personal access token from a secret: token: ${{ secrets.ZENODO_TOKEN }}');
    }
    if (/\s/.test(token))
        throw new InputError(Inputs.Token, 'contains whitespace; check the secret for a stray newline or space.');
    const sandbox = parseBoolean(Inputs.Sandbox, false);
    const serverUrl = parseServerUrl(getInput(Inputs.ServerUrl), sandbox);
    const filesInput = getInput(Inputs.Files);
    // Lines starting with # are comments, as in @actions/glob.
    const patterns = filesInput
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    if (patterns.length === 0 && filesInput.trim() !== '') {
        throw new InputError(Inputs.Files, 'has only comment lines (starting with #). Leave it empty for "no files this run"; ' +
            'to match a name that starts with #, write [#] (e.g. [#]1-results.csv).');
    }
    const depositionInput = getInput(Inputs.DepositionId).trim();
    const settings = {
        token,
        patterns,
        depositionId: parseDepositionId(depositionInput),
        depositionInput,
        serverUrl,
        ifNoFilesFound: parseIfNoFilesFound(),
        concurrency: parseConcurrency(),
        publish: parseBoolean(Inputs.Publish, false),
        deleteOldFiles: parseBoolean(Inputs.DeleteOldFiles, false),
        metadata: getInput(Inputs.Metadata).trim(),
        version: getInput(Inputs.Version).trim() || undefined,
        dryRun: parseBoolean(Inputs.DryRun, false),
        archive: parseArchive(),
        dataset: parseDataset(),
        api: parseApi(),
        access: parseAccess(today),
        workspace: external_node_path_namespaceObject.resolve(env.GITHUB_WORKSPACE || process.cwd())
    };
    const urlHost = RECORD_URL.test(depositionInput) ? new URL(depositionInput).host : undefined;
    if (urlHost && urlHost !== new URL(serverUrl).host) {
        // Record numbers differ between servers: the same id on another server is another record.
        throw new InputError(Inputs.DepositionId, `'${depositionInput}' is a record on ${urlHost}, but the server is ${new URL(serverUrl).host}. ` +
            `Set server-url (or sandbox: true) to match, or give the id or DOI.`);
    }
    if (settings.deleteOldFiles && patterns.length === 0) {
        throw new InputError(Inputs.DeleteOldFiles, "is true but 'files' is empty: that would delete every file in the deposition. Set files, or turn delete-old-files off.");
    }
    return settings;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/metadata/licenses.ts
// SPDX licence ids → Zenodo's licence ids. Zenodo's vocabulary is SPDX lower-cased (current
// ids only, so `gpl-3.0-only`, not the deprecated `gpl-3.0`); its legacy API spells CC0 as
// `cc-zero`. Zenodo matches case-insensitively, so lower-casing is mostly cosmetic, but
// the deprecated GNU ids would be refused.
const TABLE = {
    'cc0-1.0': 'cc-zero'
};
// Deprecated SPDX GNU ids: `GPL-3.0` meant "only", `GPL-3.0+` meant "or later".
const GNU_BARE = /^(?:a|l)?gpl-\d\.\d$/;
const licenses_GNU_PLUS = /^((?:a|l)?gpl-\d\.\d)\+$/;
/** Zenodo's lower-case licence id for an SPDX id ('Apache-2.0' → 'apache-2.0'). */
function spdxToZenodoLicense(value) {
    const id = value.trim().toLowerCase();
    const mapped = TABLE[id];
    if (mapped)
        return mapped;
    const plus = licenses_GNU_PLUS.exec(id);
    if (plus)
        return `${plus[1]}-or-later`;
    if (GNU_BARE.test(id))
        return `${id}-only`;
    return id;
}
/**
 * The first licence id of an SPDX expression: 'MIT OR Apache-2.0' → 'MIT',
 * '(GPL-3.0-or-later WITH Classpath-exception-2.0)' → 'GPL-3.0-or-later'. `dropped` tells
 * whether anything else was in the expression (Zenodo takes exactly one licence id).
 */
function firstLicenseId(expression) {
    const tokens = expression
        .replace(/[()]/g, ' ')
        .split(/\s+(?:OR|AND|WITH)\s+/i)
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
    return { id: tokens[0] ?? '', dropped: tokens.length > 1 };
}

;// CONCATENATED MODULE: ./src/metadata/cff.ts
// CITATION.cff (already parsed, YAML 1.2) → Zenodo legacy metadata. Follows cffconvert's
// Zenodo converter (main branch), except where Zenodo would refuse the result: one licence
// id instead of a list or expression, no ORCIDs with a bad check digit, no nameless
// creators. Mapping as Zenodo's GitHub integration reads CITATION.cff
// (zenodo/zenodo-rdm `site/zenodo_rdm/github/`).
//
// Ignored on purpose, as cffconvert does: `message` (the "please cite" sentence; Zenodo's
// own GitHub integration would put it in `notes`), `preferred-citation`, `references`,
// `contact`, `commit`, `license-url` and unknown keys.



function cffToZenodo(cff, warn) {
    const md = {};
    const title = scalarText(cff, 'title');
    if (title !== undefined)
        md.title = title;
    md.upload_type = cff.type === 'dataset' ? 'dataset' : 'software';
    const creators = convertPeople(cff, 'authors', warn);
    if (creators)
        md.creators = creators;
    // CFF 1.3 only; cffconvert maps contributors with the DataCite role "Other".
    const contributors = convertPeople(cff, 'contributors', warn);
    if (contributors)
        md.contributors = contributors.map((c) => ({ ...c, type: 'Other' }));
    const version = scalarText(cff, 'version');
    if (version !== undefined)
        md.version = version;
    const license = convertLicense(cff.license, warn);
    if (license !== undefined)
        md.license = license;
    const keywords = convertKeywords(cff.keywords, warn);
    if (keywords)
        md.keywords = keywords;
    const description = scalarText(cff, 'abstract');
    if (description !== undefined)
        md.description = description;
    const date = convertDate(cff['date-released'], warn);
    if (date !== undefined)
        md.publication_date = date;
    const related = convertRelated(cff, warn);
    if (related.length > 0)
        md.related_identifiers = related;
    return md;
}
// ---------------------------------------------------------------------------------------
// Authors
function convertPeople(cff, key, warn) {
    const value = cff[key];
    const noun = key === 'authors' ? 'author' : 'contributor';
    if (value === undefined || value === null) {
        if (key === 'authors') {
            warn('no authors; Zenodo needs at least one creator to publish.');
        }
        return undefined;
    }
    if (!Array.isArray(value)) {
        throw new types_MetadataError(`${key}: must be a list of persons or entities, got ` + `${describeValue(value)}.`, {
            fieldPath: [key]
        });
    }
    const people = [];
    value.forEach((entry, i) => {
        if (!isPlainObject(entry)) {
            warn(`${noun} ${i + 1} is ${describeValue(entry)}, not a person or entity; dropped.`);
            return;
        }
        const person = convertPerson(entry, `${noun} ${i + 1}`, warn);
        if (person)
            people.push(person);
    });
    warnDuplicates(people, key, warn);
    if (people.length === 0) {
        if (key === 'authors')
            warn('no usable author; Zenodo needs at least one creator to publish.');
        return undefined;
    }
    return people;
}
function convertPerson(a, label, warn) {
    const field = (k) => personText(a, k, label, warn);
    const given = field('given-names');
    const family = field('family-names');
    let name;
    if (family !== undefined) {
        // cffconvert keeps the particle and suffix in the family part: "de Mora, Lee".
        const full = [field('name-particle'), family, field('name-suffix')].filter((p) => p !== undefined).join(' ');
        name = given !== undefined ? `${full}, ${given}` : full;
    }
    else {
        name = given ?? field('name') ?? field('alias');
    }
    const orcid = convertOrcid(a.orcid, name ?? label, warn);
    const affiliation = field('affiliation');
    if (name === undefined) {
        // cffconvert would keep an entry with only affiliation/ORCID; Zenodo refuses it.
        const what = orcid ? ` (ORCID ${orcid})` : affiliation ? ` (${affiliation})` : '';
        warn(`${label}${what} has no given-names, family-names, name or alias; dropped, since ` +
            'Zenodo cannot publish a creator without a name.');
        return undefined;
    }
    const creator = { name };
    if (affiliation !== undefined)
        creator.affiliation = affiliation;
    if (orcid !== undefined)
        creator.orcid = orcid;
    return creator;
}
function convertOrcid(value, who, warn) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string') {
        warn(`ORCID of ${who} is ${describeValue(value)}, not text; dropped.`);
        return undefined;
    }
    const normalized = normalizeOrcid(value);
    if (normalized === undefined) {
        warn(`ORCID "${stripOrcidUrl(value)}" of ${who} ${orcidProblem(value) ?? 'is invalid'}; ` +
            'dropped, since Zenodo refuses to publish an invalid ORCID.');
    }
    return normalized;
}
function personText(a, key, label, warn) {
    const v = a[key];
    if (v === undefined || v === null)
        return undefined;
    const text = toText(v);
    if (text === undefined && !(typeof v === 'string')) {
        warn(`${key} of ${label} is ${describeValue(v)}, not text; ignored.`);
    }
    return text;
}
// Two identical entries are kept, as cffconvert and Zenodo's GitHub integration keep them:
// identical names can belong to different people, and the author list is the project's.
function warnDuplicates(people, key, warn) {
    const seen = new Set();
    const repeated = [];
    for (const p of people) {
        const k = JSON.stringify([p.name, p.orcid ?? '', p.affiliation ?? '']);
        if (seen.has(k))
            repeated.push(p.name);
        else
            seen.add(k);
    }
    if (repeated.length > 0) {
        const sample = repeated
            .slice(0, 3)
            .map((n) => `"${n}"`)
            .join(', ');
        const noun = repeated.length === 1 ? `${key.slice(0, -1)} is` : `${key} are`;
        warn(`${repeated.length} ${noun} listed more than once (${sample}` +
            `${repeated.length > 3 ? ', …' : ''}); kept as listed. Remove the repeats if unintended.`);
    }
}
// ---------------------------------------------------------------------------------------
// Other fields
function convertLicense(value, warn) {
    if (value === undefined || value === null)
        return undefined;
    let ids;
    if (typeof value === 'string') {
        ids = [value];
    }
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        ids = value;
    }
    else {
        throw new types_MetadataError(`license: must be an SPDX licence id or a list of them, got ` + `${describeValue(value)}.`, { fieldPath: ['license'] });
    }
    ids = ids.map((s) => s.trim()).filter((s) => s.length > 0);
    if (ids.length === 0)
        return undefined;
    const { id, dropped } = firstLicenseId(ids[0]);
    if (dropped || ids.length > 1) {
        const given = Array.isArray(value) ? `[${ids.join(', ')}]` : `"${ids[0]}"`;
        warn(`license ${given}: Zenodo takes exactly one licence, so "${id}" is used. Set the ` +
            'licence in .zenodo.json or the metadata input to choose another.');
    }
    return spdxToZenodoLicense(id);
}
function convertKeywords(value, warn) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value)) {
        throw new types_MetadataError(`keywords: must be a list of strings, got ${describeValue(value)}.`, {
            fieldPath: ['keywords']
        });
    }
    const keywords = [];
    value.forEach((k, i) => {
        const text = typeof k === 'string' || typeof k === 'number' ? toText(k) : undefined;
        if (text !== undefined)
            keywords.push(text);
        else if (k !== '' && k !== null)
            warn(`keyword ${i + 1} is ${describeValue(k)}; ignored.`);
    });
    return keywords.length > 0 ? keywords : undefined;
}
function convertDate(value, warn) {
    if (value === undefined || value === null || value === '')
        return undefined;
    // YAML 1.2 gives a string; a YAML 1.1 document (%YAML 1.1) gives a Date at UTC midnight.
    if (isDate(value) && !Number.isNaN(value.getTime())) {
        return value.toISOString().slice(0, 10);
    }
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()))
        return value.trim();
    warn(`date-released ${describeValue(value)} is not a YYYY-MM-DD date; ignored ` +
        '(the publication date defaults to today).');
    return undefined;
}
// cffconvert maps these CFF 1.3 relations (and a missing one) to isSupplementedBy.
const SUPPLEMENTED_BY = new Set([
    'HasMetadata',
    'HasVersion',
    'IsMetadataFor',
    'IsOriginalFormOf',
    'IsVariantFormOf',
    'IsVersionOf'
]);
const URL_KEYS = ['repository', 'repository-artifact', 'repository-code', 'url'];
function convertRelated(cff, warn) {
    const out = [];
    const seen = new Set();
    const push = (identifier, relation, scheme) => {
        if (seen.has(identifier))
            return;
        seen.add(identifier);
        out.push({ identifier, relation, scheme });
    };
    const identifiers = cff.identifiers;
    if (Array.isArray(identifiers)) {
        identifiers.forEach((entry, i) => {
            if (!isPlainObject(entry))
                return;
            const type = entry.type;
            const value = toText(entry.value);
            if (type === 'other' || value === undefined)
                return;
            if (type !== 'doi' && type !== 'url' && type !== 'swh') {
                warn(`identifiers ${i + 1} has unknown type ${describeValue(type)}; ignored.`);
                return;
            }
            const rel = typeof entry.relation === 'string' ? entry.relation.trim() : '';
            const relation = rel === '' || SUPPLEMENTED_BY.has(rel) ? 'isSupplementedBy' : rel[0].toLowerCase() + rel.slice(1);
            push(value, relation, type);
        });
    }
    else if (identifiers !== undefined && identifiers !== null) {
        throw new types_MetadataError(`identifiers: must be a list, got ${describeValue(identifiers)}.`, {
            fieldPath: ['identifiers']
        });
    }
    const doi = toText(cff.doi);
    if (doi !== undefined)
        push(doi, 'isSupplementedBy', 'doi');
    for (const key of URL_KEYS) {
        const url = toText(cff[key]);
        if (url !== undefined)
            push(url, 'isSupplementedBy', 'url');
    }
    return out;
}
// ---------------------------------------------------------------------------------------
// Helpers
/** A top-level text field: strings trimmed, numbers/booleans stringified, else an error. */
function scalarText(cff, key) {
    const v = cff[key];
    if (v === undefined || v === null)
        return undefined;
    const text = toText(v);
    if (text === undefined && typeof v !== 'string') {
        throw new types_MetadataError(`${key}: must be text, got ${describeValue(v)}.`, { fieldPath: [key] });
    }
    return text;
}
function toText(v) {
    if (typeof v === 'string')
        return v.trim() === '' ? undefined : v.trim();
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
        return String(v);
    return undefined;
}

;// CONCATENATED MODULE: ./src/metadata/json-syntax.ts
// Where and why JSON.parse refused a text, for a "file:line:col: message" error. JSON.parse is
// the judge, and its message says where ("at position 8"), except for "Unexpected token" (Node 20
// and 24), which JSON.parse then locates on prefixes of the text. yaml is only the last resort,
// for a message not known here: it accepts much that JSON refuses (trailing commas, single
// quotes, bare words, comments, `"a": }`), so it cannot find JSON's errors itself.

/** Line, column and reason for a text that JSON.parse refused with `error`. */
function jsonSyntaxError(text, error) {
    const raw = error instanceof Error ? error.message : String(error);
    // First: this message quotes the text, which may hold "at position" itself.
    if (raw.startsWith('Unexpected token'))
        return reword(text, unexpectedTokenOffset(text), raw);
    const positioned = /^(.*?)(?: in JSON)? at position (\d+)/s.exec(raw);
    if (positioned)
        return reword(text, Number(positioned[2]), positioned[1]);
    if (raw.startsWith('Unexpected end'))
        return reword(text, text.length, raw);
    const pos = (0,dist/* parseDocument */.Tp)(text, { strict: true, prettyErrors: true }).errors[0]?.linePos?.[0];
    return { line: pos?.line ?? 1, column: pos?.col ?? 1, message: raw };
}
/**
 * Cut before the unexpected token, the text fails only at its end; cut after it, with
 * "Unexpected token" again: bisection finds it in log2(length) parses.
 */
function unexpectedTokenOffset(text) {
    const fails = (k) => {
        try {
            JSON.parse(text.slice(0, k));
            return false;
        }
        catch (e) {
            return e.message.startsWith('Unexpected token');
        }
    };
    let [lo, hi] = [0, text.length];
    while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (fails(mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi - 1;
}
/** Plainer words than Node's for the usual slips of a hand-edited file. */
function reword(text, offset, node) {
    const c = text[offset];
    const got = c === undefined ? 'end of input' : JSON.stringify(c);
    // Quoted as elsewhere in this action's messages: "," not ','.
    let message = (node.charAt(0).toLowerCase() + node.slice(1)).replace(/'(.)'/g, '"$1"');
    if ((c === '}' || c === ']') && text.slice(0, offset).trimEnd().endsWith(',')) {
        message = `trailing comma before "${c}"`;
    }
    else if (node.startsWith('Unexpected token')) {
        // Node stops inside a broken true/false/null ("tru}"): point at the word.
        while (offset > 0 && /[a-z]/i.test(text[offset - 1]))
            offset--;
        message = /(^|[:[,])$/.test(text.slice(0, offset).trimEnd())
            ? `expected a value, got ${JSON.stringify(/[a-z]+/iy.exec(text.slice(offset, offset + 20))?.[0] ?? c)}`
            : `unexpected ${got}`;
    }
    else if (/^Expected (double-quoted )?property name/.test(node)) {
        message = `expected a property name in double quotes, got ${got}`;
    }
    else if (node.startsWith('Unexpected non-whitespace')) {
        message = `unexpected ${got} after the end of the JSON value`;
    }
    else if (node.startsWith('Bad control')) {
        message = 'raw line break or control character in a string (close the quote, or write it as \\n)';
    }
    else if (node.startsWith('Bad escaped') && text[offset - 1] === '\\') {
        message = `bad escape \\${c} in a string (write a backslash as \\\\)`;
        offset--;
    }
    return { ...linePos(text, offset), message };
}
/** 1-based line and column of a character offset. */
function linePos(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}

;// CONCATENATED MODULE: ./src/metadata/load.ts
// Finds and reads the deposition metadata: .zenodo.json, CITATION.cff, another file, or
// inline JSON from the action input. Returns Zenodo legacy metadata plus warnings.









const INLINE = 'the metadata input';
// Zenodo's GitHub integration reads .zenodo.json and, only without it, CITATION.cff.
const DEFAULT_FILES = ['.zenodo.json', 'CITATION.cff'];
/**
 * `input` empty: the workspace's .zenodo.json, else its CITATION.cff, else nothing.
 * `input` starting with "{": inline JSON (plain or wrapped in {"metadata": …}).
 * Otherwise a path, relative to the workspace or absolute.
 */
async function loadMetadata(input, workspace) {
    const loaded = await findMetadata(input, workspace);
    // After the choice of file: a .zenodo.json left empty by sanitizing still wins, as in Zenodo.
    // CITATION.cff was sanitized in parseFile, where its own field names are known.
    if (loaded.source === 'cff')
        return loaded;
    const clean = sanitizeMetadata(loaded.metadata, loaded.path ?? INLINE);
    return { ...loaded, metadata: clean.metadata, warnings: [...loaded.warnings, ...clean.warnings] };
}
async function findMetadata(input, workspace) {
    const trimmed = input.trim();
    if (trimmed.startsWith('{'))
        return loadInline(input);
    if (trimmed !== '') {
        const abs = (0,external_node_path_namespaceObject.resolve)(workspace, trimmed);
        const text = await readText(abs, displayPath(abs, workspace));
        if (text === undefined) {
            throw new types_MetadataError(`Metadata file ${displayPath(abs, workspace)} not found ` +
                `(looked for ${abs}). Check the metadata input: a path is relative to the workspace.`);
        }
        return parseFile(text, abs, workspace);
    }
    const skipped = [];
    for (const name of DEFAULT_FILES) {
        const abs = (0,external_node_path_namespaceObject.resolve)(workspace, name);
        const text = await readText(abs, name);
        if (text === undefined)
            continue;
        const loaded = text.trim() === '' ? undefined : parseFile(text, abs, workspace);
        if (!loaded || (loaded.source === 'zenodo-json' && Object.keys(loaded.metadata).length === 0)) {
            // An empty .zenodo.json does not count, as in Zenodo's GitHub integration.
            skipped.push(`${name} is empty; ignored.`);
            continue;
        }
        loaded.warnings.unshift(...skipped);
        return loaded;
    }
    return { source: 'none', metadata: {}, warnings: skipped };
}
async function readText(abs, display) {
    try {
        const text = await (0,promises_namespaceObject.readFile)(abs, 'utf8');
        return text.startsWith('\uFEFF') ? text.slice(1) : text;
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        if (code === 'EISDIR') {
            throw new types_MetadataError(`Metadata file ${display} is a directory; give the path of a ` + '.zenodo.json or CITATION.cff file.');
        }
        throw new types_MetadataError(`Metadata file ${display} cannot be read: ` + `${e.message}`, { cause: e });
    }
}
function parseFile(text, abs, workspace) {
    const display = displayPath(abs, workspace);
    const warnings = [];
    if (text.trim() === '') {
        throw new types_MetadataError(`Metadata file ${display} is empty; fill it in or leave the ` +
            'metadata input empty to use .zenodo.json or CITATION.cff.');
    }
    const at = (line, col) => `${display}:${line}:${col}`;
    let value;
    let doc;
    if (abs.toLowerCase().endsWith('.json')) {
        value = parseJson(text, at);
    }
    else {
        doc = parseYaml(text, at, warnings);
        value = doc.toJS({ maxAliasCount: 100 });
    }
    const locate = locator(text, at, doc);
    if (!isPlainObject(value)) {
        throw new types_MetadataError(`${display}: the top level must be a mapping of metadata fields, ` + `got ${describeValue(value)}.`);
    }
    if ('cff-version' in value) {
        // YAML reads `version: 1.10` as the number 1.1: keep the text as written instead.
        const node = doc?.get('version', true);
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && node.source) {
            value.version = node.source;
        }
        let metadata;
        try {
            metadata = cffToZenodo(value, (w) => warnings.push(`${display}: ${w}`));
        }
        catch (e) {
            if (e instanceof types_MetadataError) {
                const where = (e.fieldPath && locate(e.fieldPath)) ?? display;
                throw new types_MetadataError(`${where}: ${e.message}`, { fieldPath: e.fieldPath, cause: e });
            }
            throw e;
        }
        const problems = shapeProblems(metadata);
        if (problems.length > 0) {
            throw new types_MetadataError(formatProblems(`${display} (converted)`, problems));
        }
        const clean = sanitizeMetadata(metadata, display, value);
        return { source: 'cff', path: display, metadata: clean.metadata, warnings: [...warnings, ...clean.warnings] };
    }
    const metadata = checkZenodoFormat(value, display, locate, warnings);
    return { source: 'zenodo-json', path: display, metadata, warnings };
}
function loadInline(input) {
    const at = (line, col) => `${INLINE} (line ${line}, column ${col})`;
    const value = parseJson(input, at);
    const warnings = [];
    if (!isPlainObject(value)) {
        throw new types_MetadataError(`${INLINE} must be a JSON object of metadata fields.`);
    }
    const metadata = checkZenodoFormat(value, INLINE, locator(input, at), warnings);
    return { source: 'inline', metadata, warnings };
}
/** Validates .zenodo.json-format content and unwraps {"metadata": …}. */
function checkZenodoFormat(value, where, locate, warnings) {
    const problems = shapeProblems(value);
    if (problems.length > 0) {
        throw new types_MetadataError(formatProblems(where, problems, locate), { fieldPath: problems[0].path });
    }
    const metadata = ('metadata' in value ? value.metadata : value);
    const unknown = Object.keys(metadata).filter((k) => !KNOWN_FIELDS.has(k) && !load_isSubtypeKey(k));
    if (unknown.length > 0) {
        const looksCff = unknown.some((k) => k === 'authors' || k === 'abstract');
        warnings.push(`${where}: Zenodo ignores unknown field(s) ` +
            `${unknown.map((k) => `"${k}"`).join(', ')}` +
            (looksCff ? '. This looks like CITATION.cff content: add "cff-version" to read it so.' : '.'));
    }
    return metadata;
}
function load_isSubtypeKey(key) {
    return key.endsWith('_type') && key.slice(0, -'_type'.length) in UPLOAD_TYPES;
}
function parseJson(text, at) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const { line, column, message } = jsonSyntaxError(text, e);
        throw new types_MetadataError(`${at(line, column)}: invalid JSON: ${message}.`, { cause: e });
    }
}
function parseYaml(text, at, warnings) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false });
    const pos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return at(line, col);
    };
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (!error)
            continue;
        // yaml reports an unclosed quote at the end of the file; point at where it opens.
        const opened = error.code === 'MISSING_CHAR' ? quoteStart(text, error.pos[0]) : undefined;
        const message = opened === undefined ? error.message : `${error.message}: the quoted string starting here is never closed`;
        throw new types_MetadataError(`${pos(opened ?? error.pos[0])}: invalid YAML: ${message}`);
    }
    const nonEmpty = list.filter((d) => d.contents !== null);
    if (nonEmpty.length > 1) {
        const second = nonEmpty[1].contents;
        const offset = (0,dist/* isNode */.Ll)(second) && second.range ? second.range[0] : 0;
        throw new types_MetadataError(`${pos(offset)}: a second YAML document starts here; a metadata ` +
            'file must hold exactly one (remove the extra "---" section).');
    }
    const doc = nonEmpty[0] ?? list[0] ?? (0,dist/* parseDocument */.Tp)('');
    for (const w of doc.warnings)
        warnings.push(`${pos(w.pos[0])}: ${w.message}`);
    return doc;
}
/** Offset of the quoted scalar that runs up to `offset`, if there is one. */
function quoteStart(text, offset) {
    let found;
    const walk = (token) => {
        if (typeof token !== 'object' || token === null)
            return;
        if (Array.isArray(token)) {
            token.forEach(walk);
            return;
        }
        const t = token;
        if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') &&
            typeof t.offset === 'number' &&
            typeof t.source === 'string' &&
            t.offset <= offset &&
            offset <= t.offset + t.source.length) {
            found = t.offset;
        }
        Object.values(token).forEach(walk);
    };
    for (const token of new dist/* Parser */.iX().parse(text))
        walk(token);
    return found;
}
/** Maps a field path to "file:line:col" (lazily parsing a JSON text as YAML for positions). */
function locator(text, at, parsed) {
    let doc = parsed;
    return (path) => {
        doc ??= (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false, prettyErrors: false });
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range) {
                const { line, column } = linePos(text, node.range[0]);
                return at(line, column);
            }
        }
        return undefined;
    };
}
function displayPath(abs, workspace) {
    const rel = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(workspace), abs);
    return rel && !rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel) ? rel : abs;
}

;// CONCATENATED MODULE: ./src/metadata/merge.ts
// Builds the complete metadata for a PUT: Zenodo's PUT replaces all metadata, so whatever
// the deposition already has must be carried over explicitly.



/**
 * The legacy fields for the access inputs: `open`, `restricted`, or `embargoed` with its
 * `embargo_date` (public after it, on Zenodo as on InvenioRDM). The legacy API has no field for
 * the reason.
 */
function legacyAccess(access) {
    if (access.embargo)
        return { access_right: 'embargoed', embargo_date: access.embargo.until };
    return { access_right: access.files === 'restricted' ? 'restricted' : 'open' };
}
/** existing < fromFile < version and access inputs; top-level keys replace. Never mutates its inputs. */
function mergeMetadata(input) {
    const merged = input.existing ? cleanForUpdate(input.existing) : {};
    for (const [key, value] of Object.entries(input.fromFile ?? {})) {
        if (value !== undefined)
            merged[key] = structuredClone(value);
    }
    delete merged.prereserve_doi;
    const version = input.version?.trim();
    if (version)
        merged.version = version;
    if (input.access) {
        // An embargo date left over from the file or the previous version would contradict them.
        delete merged.embargo_date;
        Object.assign(merged, legacyAccess(input.access));
    }
    if (merged.publication_date === undefined || merged.publication_date === '') {
        merged.publication_date = input.today;
    }
    if (input.identity) {
        const list = Array.isArray(merged.related_identifiers) ? merged.related_identifiers : [];
        merged.related_identifiers = withMarker(input.identity, list);
    }
    return merged;
}
/**
 * Removes what must not be sent back in a PUT of metadata read from Zenodo (GET output is
 * not always valid PUT input):
 * - `prereserve_doi` (output only);
 * - `doi` when it is the deposition's own reserved DOI (Zenodo manages it; sending it back
 *   on a new-version draft would claim another record's DOI). An external DOI is kept;
 * - top-level nulls (GET gives e.g. `license: null` or `access_right: null` where the legacy
 *   format has no equivalent, and the deserializer refuses nulls);
 * - `dates` entries without both start and end: GET drops the value of single dates, and
 *   Zenodo refuses such entries ("Invalid date provided.");
 * - null sub-fields of creators/contributors (GET writes `affiliation: null`).
 * Everything else is kept. `warn` hears about anything dropped that the user might miss.
 */
function cleanForUpdate(metadata, warn) {
    const out = structuredClone(metadata);
    const reserved = isPlainObject(out.prereserve_doi) ? out.prereserve_doi.doi : undefined;
    delete out.prereserve_doi;
    if (typeof out.doi === 'string' &&
        typeof reserved === 'string' &&
        out.doi.trim().toLowerCase() === reserved.trim().toLowerCase()) {
        delete out.doi;
    }
    for (const [key, value] of Object.entries(out)) {
        if (value === null)
            delete out[key];
    }
    if (Array.isArray(out.dates)) {
        const kept = out.dates.filter((d) => isPlainObject(d) && d.start && d.end);
        if (kept.length < out.dates.length) {
            warn?.(`Dropped ${out.dates.length - kept.length} single date(s) from the existing ` +
                'metadata: Zenodo does not return their value and refuses them without one.');
        }
        if (kept.length > 0)
            out.dates = kept;
        else
            delete out.dates;
    }
    for (const key of ['creators', 'contributors', 'thesis_supervisors']) {
        const list = out[key];
        if (!Array.isArray(list))
            continue;
        for (const person of list) {
            if (!isPlainObject(person))
                continue;
            for (const [k, v] of Object.entries(person))
                if (v === null)
                    delete person[k];
        }
    }
    return out;
}
/**
 * The metadata as Zenodo would store it, for deciding whether a PUT would change anything:
 * Zenodo lower-cases licence ids and adds a scheme to related identifiers, so a file that says
 * `license: MIT` must not cause an update on every re-run.
 */
function comparableMetadata(metadata) {
    const out = cleanForUpdate(metadata);
    // Zenodo stores the title trimmed.
    if (typeof out.title === 'string')
        out.title = out.title.trim();
    const license = isPlainObject(out.license) ? out.license.id : out.license;
    if (typeof license === 'string')
        out.license = spdxToZenodoLicense(license);
    if (Array.isArray(out.related_identifiers)) {
        out.related_identifiers = out.related_identifiers.map((r) => {
            if (!isPlainObject(r))
                return r;
            const { scheme: _scheme, ...rest } = r;
            return rest;
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/gather.ts
// The read-only phase: everything the plan needs to know about the server, read before the
// first write. Only reads; the identity module decides what belongs to the run.

async function gather(repo, request) {
    const given = request.depositionId === undefined ? undefined : await repo.resolve(request.depositionId);
    const own = [];
    if (request.identity) {
        // The server filters by the marker; each hit is checked exactly (another dataset's marker,
        // or a longer URL that merely contains ours, is not ours).
        for (const hit of await repo.findByMarker(request.identity)) {
            if (!belongs(request.identity, hit))
                continue;
            // Search entries lack the bucket link: read drafts whole, since the run may write to them.
            own.push(hit.state === 'draft' ? await repo.read(hit.id) : hit);
        }
    }
    const conceptIds = new Set();
    if (given?.conceptId && given.state !== 'draft')
        conceptIds.add(given.conceptId);
    for (const r of own)
        if (r.conceptId && r.state !== 'draft')
            conceptIds.add(r.conceptId);
    const concepts = new Map();
    for (const id of conceptIds) {
        concepts.set(id, { latest: await repo.latestVersion(id), pending: await repo.pendingDraft(id) });
    }
    return { given, own, concepts, readAt: repo.serverTime() };
}

;// CONCATENATED MODULE: ./src/steps.ts
// The run's steps before the plan: settings, local files, metadata, and the plan's input.
// Each one only reads; main.ts wires them.













function readSettings(env) {
    const s = getInputs(env);
    log.info(`server: ${s.serverUrl}`);
    if (s.serverUrl.startsWith('http://') && !isLoopback(s.serverUrl)) {
        log.warning(`Input '${Inputs.ServerUrl}' uses http://: the token travels unencrypted to ${new URL(s.serverUrl).host}. Use https://.`);
    }
    log.info(`deposition: ${oneLine(s.depositionInput) || '(new, or the one an earlier run of this workflow made)'}`);
    if (s.dataset)
        log.info(`dataset: ${oneLine(s.dataset)}`);
    log.info(`files: ${s.patterns.length ? s.patterns.map(oneLine).join(', ') : '(none this run)'}`);
    log.info(`concurrency: ${s.concurrency}; publish: ${s.publish}; delete-old-files: ${s.deleteOldFiles}; dry-run: ${s.dryRun}`);
    if (s.version)
        log.info(`version: ${oneLine(s.version)}`);
    if (s.access)
        log.info(`access: ${describeAccess(s.access)}`);
    return s;
}
function describeAccess(access) {
    if (!access.embargo)
        return `${access.files} files (wins over the metadata file's access_right)`;
    const reason = access.embargo.reason ? `; reason: ${oneLine(access.embargo.reason)}` : '';
    return `files restricted until ${access.embargo.until}, then public (embargoed${reason})`;
}
async function findLocalFiles(settings, env) {
    if (settings.patterns.length === 0) {
        log.info(`'${Inputs.Files}' is empty: no files this run.`);
        return [];
    }
    const result = await findFiles(settings.patterns, settings.workspace, settings.archive !== undefined);
    for (const w of checkUnmatched(result, settings.ifNoFilesFound))
        log.warning(w);
    // In an archive, paths are kept: clashing base names and empty files are fine there.
    if (!settings.archive)
        validateFiles(result.files);
    const total = result.files.reduce((a, f) => a + f.size, 0);
    log.info(`${result.files.length} file(s), ${formatBytes(total)} in all:`);
    for (const f of result.files) {
        log.info(`  ${oneLine(f.relativePath)}${settings.archive ? '' : ` -> ${oneLine(f.name)}`} (${formatBytes(f.size)})`);
    }
    if (!settings.archive || result.files.length === 0)
        return result.files;
    const archive = await packArchive(result.files, settings.archive, env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)());
    log.info(`Packed them into ${oneLine(archive.name)} (${formatBytes(archive.size)}); only the archive is uploaded.`);
    return [archive];
}
async function readMetadata(settings) {
    const m = await loadMetadata(settings.metadata, settings.workspace);
    log.info(m.source === 'none'
        ? 'No metadata file (.zenodo.json or CITATION.cff) found; using defaults.'
        : `Metadata from ${oneLine(m.path ?? 'the metadata input')} (${m.source}).`);
    for (const w of m.warnings)
        log.warning(w);
    return {
        fromFile: m.metadata,
        source: m.path ?? (m.source === 'inline' ? 'the metadata input' : 'the metadata')
    };
}
/** Reads the remote state and hashes what the plan compares: the plan's whole input. */
async function preparePlan(repo, ctx) {
    const { settings, github, identity, local, metadata } = ctx;
    const readOnly = settings.patterns.length > 0 && local.length === 0;
    log.info(`Server API: ${repo.description}.`);
    const remote = await gather(repo, {
        depositionId: settings.depositionId,
        identity
    });
    // A dry run shows the MD5 of every file (an archive's is reproducible, so worth showing);
    // the extra ones change no decision.
    const localMd5 = await md5Files(settings.dryRun ? local : filesToHash(local, remoteFilesOf(remote)));
    const version = settings.version ?? tagName(github);
    const fileVersion = typeof metadata.fromFile.version === 'string' ? metadata.fromFile.version : undefined;
    return {
        identity,
        version: version ?? fileVersion,
        local,
        localMd5,
        remote,
        publish: settings.publish,
        deleteOldFiles: settings.deleteOldFiles,
        readOnly,
        metadataFor: (existing) => mergeMetadata({
            existing,
            fromFile: metadata.fromFile,
            version,
            identity,
            access: settings.access,
            today: ctx.today
        }),
        comparable: comparableMetadata,
        metadataSource: metadata.source
    };
}

;// CONCATENATED MODULE: ./src/zenodo/client.ts
// The Zenodo API behind an interface, so the orchestration can be tested and dry-run against it.
// Every call retries what is safe to retry and nothing else: a 5xx may come after the work was
// done, so creates and publishes look before they repeat.



class ZenodoClient extends ApiClient {
    api;
    constructor(serverUrl, transport, log, policy = DEFAULT_RETRY, sleep) {
        super(transport, log, policy, sleep);
        this.api = `${serverUrl}/api`;
    }
    getDeposition(id) {
        return this.call({
            method: 'GET',
            url: `${this.api}/deposit/depositions/${id}`,
            context: { action: `reading deposition ${id}`, depositionId: id },
            ok: [200],
            parse: (json)
        });
    }
    probe() {
        return this.call({
            method: 'GET',
            url: `${this.api}/deposit/depositions?size=1`,
            context: { action: 'checking which API the server has' },
            ok: [200],
            parse: () => 200,
            // 401/403: the route exists (the token aside); 404/410: no legacy API. Others are retried.
            alreadyDone: (r) => ([401, 403, 404, 410].includes(r.status) ? r.status : undefined)
        });
    }
    listDepositions(query) {
        const params = new URLSearchParams();
        if (query.q)
            params.set('q', query.q);
        if (query.allversions)
            params.set('allversions', 'true');
        params.set('size', String(query.size ?? 100));
        if (query.page)
            params.set('page', String(query.page));
        if (query.sort)
            params.set('sort', query.sort);
        return this.call({
            method: 'GET',
            url: `${this.api}/deposit/depositions?${params}`,
            context: { action: 'listing your depositions' },
            ok: [200],
            parse: (json)
        });
    }
    createDeposition(metadata, recover) {
        return this.call({
            method: 'POST',
            url: `${this.api}/deposit/depositions`,
            json: { metadata },
            context: { action: 'creating a deposition' },
            ok: [201],
            parse: (json),
            recover
        });
    }
    updateMetadata(id, metadata) {
        return this.call({
            method: 'PUT',
            url: `${this.api}/deposit/depositions/${id}`,
            json: { metadata },
            context: { action: `updating the metadata of deposition ${id}`, depositionId: id },
            ok: [200],
            parse: (json)
        });
    }
    newVersion(id) {
        // Repeating newversion is safe: Zenodo hands back the pending draft instead of a second one.
        return this.call({
            method: 'POST',
            url: `${this.api}/deposit/depositions/${id}/actions/newversion`,
            context: { action: `making a new version of record ${id}`, depositionId: id },
            ok: [201],
            parse: (json)
        });
    }
    deleteDraft(id) {
        return this.delete(`${this.api}/deposit/depositions/${id}`, { action: `discarding draft ${id}`, depositionId: id });
    }
    /** DELETE is safe to repeat: a retry that finds nothing (404) means an earlier attempt worked. */
    async delete(url, context) {
        await this.call({
            method: 'DELETE',
            url,
            context,
            ok: [204, 200],
            parse: () => true,
            alreadyDone: (r, attempt) => (r.status === 404 && attempt > 1 ? true : undefined)
        });
    }
    publish(id) {
        return this.call({
            method: 'POST',
            url: `${this.api}/deposit/depositions/${id}/actions/publish`,
            context: { action: `publishing deposition ${id}`, depositionId: id },
            // 202 today; the caller judges the record's state, not the status code.
            ok: [202, 200],
            parse: (json),
            // A publish that timed out or answered 502/504 may have gone through: look before repeating it.
            recover: async () => {
                const now = await this.getDeposition(id);
                return now.state === 'done' ? now : undefined;
            }
        });
    }
    deleteFile(depositionId, bucketUrl, key) {
        return this.delete(`${this.bucketUrl(bucketUrl)}/${encodeKey(key)}`, {
            action: `deleting '${key}' from deposition ${depositionId}`,
            depositionId
        });
    }
    uploadFile(depositionId, bucketUrl, file, onProgress) {
        return this.call({
            method: 'PUT',
            url: `${this.bucketUrl(bucketUrl)}/${encodeKey(file.name)}`,
            upload: { path: file.path, size: file.size, mtimeMs: file.mtimeMs, onProgress },
            context: { action: `uploading '${file.name}'`, depositionId },
            // Today 201; Files-REST before 2023 answered 200.
            ok: [201, 200],
            parse: (r) => {
                const body = json(r);
                const serverMd5 = String(body.checksum ?? '').replace(/^md5:/, '');
                return { serverMd5, localMd5: r.sentMd5 ?? '', size: Number(body.size ?? file.size) };
            }
        });
    }
    async latestRecordId(id) {
        const url = `${this.api}/records/${id}`;
        const result = await this.call({
            method: 'GET',
            url,
            context: { action: `looking up record ${id}`, depositionId: id },
            ok: [200, 301, 302, 303, 307, 308],
            parse: (r) => r,
            alreadyDone: (r) => (r.status === 404 || r.status === 410 ? r : undefined)
        });
        if (result.status === 404 || result.status === 410)
            return undefined;
        if (result.status === 200) {
            const body = json(result);
            return typeof body.id === 'number' ? body.id : id;
        }
        const location = header(result.headers, 'location');
        const match = location ? /\/records\/(\d+)/.exec(location) : null;
        return match ? Number(match[1]) : undefined;
    }
    /** The token goes only to the server we were given, whatever host a bucket link names. */
    bucketUrl(bucketUrl) {
        const origin = new URL(bucketUrl).origin;
        if (origin !== new URL(this.api).origin) {
            throw new ZenodoApiError(`Zenodo gave a bucket link on another host (${origin}, not ${new URL(this.api).origin}); refusing to send the token there. Check server-url.`, 0, 'PUT', bucketUrl, '');
        }
        return bucketUrl;
    }
}
/**
 * Bucket keys are single path segments: percent-encode everything, including '/'. The key is
 * sent as it is: a file that Zenodo holds in NFD is addressed by its NFD key.
 */
function encodeKey(key) {
    return encodeURIComponent(key);
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/zenodo/proxy.ts
// Proxy support for self-hosted runners: HTTPS_PROXY / HTTP_PROXY / NO_PROXY, for every request,
// uploads included. One agent per scheme tunnels through the proxy with CONNECT, sent by node:http.
//
// Why not https-proxy-agent (TooTallNate/proxy-agents, packages/https-proxy-agent)? Measured: +48 KB
// bundled and the same upload speed, so neither rules it out; but it has no CONNECT timeout and no
// hook to close its socket (a silent proxy would keep the run alive), it hands a proxy's refusal to
// the request as if Zenodo had answered, and with DEBUG set it logs the proxy URL, password and all.
// The wrapper that fixes that is about as long as tunnel() below, and NO_PROXY stays ours anyway.
// undici's ProxyAgent is a fetch Dispatcher, not an http.Agent, so it cannot carry these requests.




/** How long the proxy may take to answer a CONNECT (the request's idle timeout starts after). */
const TUNNEL_TIMEOUT_MS = 30_000;
/** The variable that is set (NAME or name) and its value; empty counts as unset. */
function setting(vars, name) {
    for (const variable of [name, name.toLowerCase()]) {
        const value = vars[variable];
        if (value)
            return { variable, value };
    }
    return undefined;
}
function env(vars, name) {
    return setting(vars, name)?.value;
}
/**
 * The proxy answered 407: its credentials are missing or wrong. A configuration problem, not a
 * NetworkError, so the client does not retry it. The message never holds the credentials.
 */
class ProxyAuthError extends Error {
    variable;
    name = 'ProxyAuthError';
    constructor(proxy, 
    /** The variable the proxy URL came from, e.g. HTTPS_PROXY. */
    variable, target, challenge) {
        // Node joins repeated Proxy-Authenticate headers with ", ": a scheme is a token not followed by "=".
        const text = Array.isArray(challenge) ? challenge.join(', ') : (challenge ?? '');
        const schemes = [...text.matchAll(/(?:^|,)\s*([\w!#$%&'*+.^`|~-]+)(?=\s|,|$)(?!\s*=)/g)].map((m) => m[1]);
        const basic = schemes.length === 0 || schemes.some((s) => s.toLowerCase() === 'basic');
        const why = !basic
            ? `it asks for ${schemes.join(' or ')} authentication; this action sends only Basic credentials, from the proxy URL`
            : proxy.username || proxy.password
                ? `it refused the user name and password in the proxy URL in ${variable}`
                : `it wants a user name and password, and the proxy URL in ${variable} has none`;
        const fix = basic
            ? `put the proxy's user name and password in ${variable} as ${proxy.protocol}//USER:PASSWORD@${proxy.host} (percent-encode special characters)`
            : 'use a proxy (or proxy account) that accepts Basic authentication';
        super(`The proxy ${proxy.host} (from ${variable}) answered 407 Proxy Authentication Required to CONNECT ${target}: ${why}. ` +
            `A proxy setting, so not retried: ${fix}.`);
        this.variable = variable;
    }
}
/** True when NO_PROXY (or loopback) says to go direct. */
function bypassProxy(target, vars) {
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host === '::1' || /^127\./.test(host))
        return true;
    const noProxy = env(vars, 'NO_PROXY');
    if (!noProxy)
        return false;
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[,\s]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const [name, entryPort] = splitHostPort(entry.toLowerCase());
        if (entryPort && entryPort !== port)
            return false;
        const bare = name.replace(/^\*?\./, '');
        return host === bare || host.endsWith(`.${bare}`);
    });
}
/** 'host', 'host:port', '[v6]', '[v6]:port' or a bare IPv6 address (whose colons are no port). */
function splitHostPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed)
        return [bracketed[1], bracketed[2]];
    if (entry.indexOf(':') !== entry.lastIndexOf(':'))
        return [entry, undefined];
    const [name, port] = entry.split(':');
    return [name, port];
}
/** The proxy URL to use for a target and the variable that named it, or undefined to go direct. */
function proxySetting(target, vars) {
    if (bypassProxy(target, vars))
        return undefined;
    const found = target.protocol === 'https:'
        ? (setting(vars, 'HTTPS_PROXY') ?? setting(vars, 'HTTP_PROXY'))
        : setting(vars, 'HTTP_PROXY');
    if (!found)
        return undefined;
    const raw = found.value;
    return { url: new URL(raw.includes('://') ? raw : `http://${raw}`), variable: found.variable };
}
/** The proxy URL to use for a target, or undefined to go direct. */
function proxyFor(target, vars) {
    return proxySetting(target, vars)?.url;
}
function tunnel(setting, host, port, secure, servername, timeoutMs, cb) {
    const proxy = setting.url;
    // Node hands IPv6 literals over without brackets; the authority form needs them.
    const target = `${external_node_net_namespaceObject.isIPv6(host) ? `[${host}]` : host}:${port}`;
    const headers = { Host: target };
    if (proxy.username) {
        const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
        headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
    }
    const req = (proxy.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject).request({
        host: proxy.hostname,
        port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
        method: 'CONNECT',
        path: target,
        headers,
        agent: false
    });
    req.once('connect', (res, socket) => {
        if (res.statusCode !== 200) {
            socket.destroy();
            cb(res.statusCode === 407
                ? new ProxyAuthError(proxy, setting.variable, target, res.headers['proxy-authenticate'])
                : new Error(`the proxy ${proxy.host} refused to connect to ${target} (HTTP ${res.statusCode})`), socket);
            return;
        }
        cb(null, secure ? external_node_tls_namespaceObject.connect({ socket, servername: servername ?? host }) : socket);
    });
    // The request's own idle timeout starts only once it has this socket: bound the CONNECT here.
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer to CONNECT within ${timeoutMs / 1000} s`)));
    req.once('error', (err) => cb(new Error(`the proxy ${proxy.host} could not be reached: ${err.message}`), undefined));
    req.end();
}
class HttpTunnelAgent extends external_node_http_namespaceObject.Agent {
    proxy;
    timeoutMs;
    constructor(proxy, timeoutMs) {
        super({ keepAlive: true });
        this.proxy = proxy;
        this.timeoutMs = timeoutMs;
    }
    // Node's Agent accepts an asynchronous createConnection through its callback.
    createConnection(options, cb) {
        if (cb)
            tunnel(this.proxy, String(options.host), Number(options.port) || 80, false, undefined, this.timeoutMs, cb);
        return undefined;
    }
}
class HttpsTunnelAgent extends external_node_https_namespaceObject.Agent {
    proxy;
    timeoutMs;
    constructor(proxy, timeoutMs) {
        super({ keepAlive: true });
        this.proxy = proxy;
        this.timeoutMs = timeoutMs;
    }
    createConnection(options, cb) {
        const { host, port, servername } = options;
        if (cb)
            tunnel(this.proxy, String(host), Number(port) || 443, true, servername ?? undefined, this.timeoutMs, cb);
        return undefined;
    }
}
/** Agents for the server, through the proxy the environment names, or undefined for direct. */
function createAgents(serverUrl, vars, log, connectTimeoutMs = TUNNEL_TIMEOUT_MS) {
    const target = new URL(serverUrl);
    const proxy = proxySetting(target, vars);
    if (!proxy)
        return {};
    log(`Using the proxy ${proxy.url.protocol}//${proxy.url.host} for ${target.host}.`);
    return target.protocol === 'https:'
        ? { httpsAgent: new HttpsTunnelAgent(proxy, connectTimeoutMs) }
        : { agent: new HttpTunnelAgent(proxy, connectTimeoutMs) };
}

;// CONCATENATED MODULE: ./src/zenodo/http.ts
// One HTTP attempt at a time over node:http(s). Uploads are streamed from disk with their MD5
// computed on the way out: fetch() with a stream body buffered whole files in our trials.








const DEFAULT_TIMEOUTS = { idleMs: 120_000, answerMs: 120_000, perGiBMs: 60_000 };
/** The timeouts for an idle-timeout knob (config.ts), so the stall tests need not wait minutes. */
function timeoutsFor(idleMs) {
    if (idleMs === undefined)
        return DEFAULT_TIMEOUTS;
    return { idleMs, answerMs: Math.max(idleMs, 1000), perGiBMs: DEFAULT_TIMEOUTS.perGiBMs };
}
const CHUNK = 256 * 1024;
const BUFFERS = 4;
/** Files up to this size are read whole and sent in one write. */
const SMALL_FILE = 1024 * 1024;
const MAX_BODY = 16 * 1024 * 1024;
class HttpTransport {
    options;
    timeouts;
    httpAgent;
    httpsAgent;
    constructor(options) {
        this.options = options;
        this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
        this.httpAgent = options.agent ?? new external_node_http_namespaceObject.Agent({ keepAlive: true });
        this.httpsAgent = options.httpsAgent ?? new external_node_https_namespaceObject.Agent({ keepAlive: true });
    }
    async send(opts) {
        const probe = await this.options.limiter.acquire();
        let headers;
        try {
            const result = await this.attempt(opts);
            headers = result.headers;
            return result;
        }
        finally {
            this.options.limiter.release(headers, probe);
        }
    }
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
    attempt(opts) {
        const url = new URL(opts.url);
        const isHttps = url.protocol === 'https:';
        const headers = {
            'User-Agent': this.options.userAgent,
            Accept: 'application/json',
            ...opts.headers
        };
        // The token only ever travels in this header, never in a URL that logs could show.
        if (!opts.anonymous)
            headers.Authorization = `Bearer ${this.options.token}`;
        let payload;
        if (opts.json !== undefined) {
            payload = Buffer.from(JSON.stringify(opts.json));
            headers['Content-Type'] = 'application/json';
            headers['Content-Length'] = String(payload.length);
        }
        else if (opts.upload) {
            // Zenodo answers 415 to any Content-Type but this one (or none).
            headers['Content-Type'] = 'application/octet-stream';
            headers['Content-Length'] = String(opts.upload.part?.length ?? opts.upload.size);
        }
        else if (opts.method !== 'GET' && opts.method !== 'DELETE') {
            headers['Content-Length'] = '0';
        }
        return new Promise((resolve, reject) => {
            let sent = false;
            let settled = false;
            let bodyDone = false;
            // A problem with the local file: no retry can help, so it is not a NetworkError.
            const abort = (err) => {
                if (settled)
                    return;
                settled = true;
                req.destroy();
                reject(err);
            };
            const fail = (message, code) => {
                if (settled)
                    return;
                settled = true;
                req.destroy();
                reject(new NetworkError(message, opts.method, http_redact(url), sent, code));
            };
            const req = (isHttps ? external_node_https_namespaceObject : external_node_http_namespaceObject).request(url, {
                method: opts.method,
                headers,
                agent: isHttps ? this.httpsAgent : this.httpAgent
            });
            // Socket inactivity in either direction: a stalled upload or a server that went quiet.
            req.setTimeout(this.timeouts.idleMs, () => {
                const what = bodyDone ? 'waiting for the answer' : opts.upload ? 'while sending the file' : 'waiting';
                fail(`no data moved for ${+(this.timeouts.idleMs / 1000).toFixed(1)} s ${what}`, 'ETIMEDOUT');
            });
            req.on('socket', (socket) => {
                if (!socket.connecting)
                    sent = true;
                else
                    socket.once('connect', () => (sent = true));
            });
            // A proxy that wants other credentials is a setting to fix, not a network error to retry.
            req.on('error', (err) => err instanceof ProxyAuthError ? abort(err) : fail(describeSocketError(err), err.code));
            let answerTimer;
            let responded = false;
            req.on('response', (res) => {
                responded = true;
                clearTimeout(answerTimer);
                // Reading the answer: stall detection again.
                if (opts.upload)
                    req.setTimeout(this.timeouts.idleMs);
                const chunks = [];
                let length = 0;
                res.on('data', (chunk) => {
                    length += chunk.length;
                    if (length <= MAX_BODY)
                        chunks.push(chunk);
                });
                res.on('error', (err) => fail(describeSocketError(err), err.code));
                res.on('aborted', () => fail('the connection closed before the answer was complete', 'ECONNRESET'));
                res.on('end', () => {
                    if (settled)
                        return;
                    settled = true;
                    resolve({
                        status: res.statusCode ?? 0,
                        headers: res.headers,
                        body: Buffer.concat(chunks).toString('utf8'),
                        sentMd5: md5
                    });
                });
            });
            let md5;
            const finished = () => {
                bodyDone = true;
                if (opts.upload && !settled && !responded) {
                    // A large file may take the server a while to store and checksum after the last byte:
                    // the idle timeout would cut that short, so a size-scaled one replaces it until the answer.
                    req.setTimeout(0);
                    const ms = this.timeouts.answerMs + (opts.upload.size / 2 ** 30) * this.timeouts.perGiBMs;
                    answerTimer = setTimeout(() => fail(`no answer ${Math.round(ms / 1000)} s after the upload finished`, 'ETIMEDOUT'), ms);
                    answerTimer.unref();
                }
            };
            if (opts.upload) {
                // The digest is set as the last byte goes out: the server may answer before we see EOF.
                streamFile(req, opts.upload, (digest) => (md5 = digest)).then(finished, (err) => err instanceof LocalFileError ? abort(err) : fail(err.message));
            }
            else {
                req.end(payload);
                finished();
            }
        });
    }
}
/**
 * Writes the file into the request with backpressure, hashing as it goes. Hands over the MD5
 * before the last byte is written, since the answer can arrive before the read stream ends.
 */
async function streamFile(req, body, onDigest) {
    try {
        if (body.size <= SMALL_FILE && !body.part)
            return sendSmallFile(req, body, onDigest);
        return await streamLargeFile(req, body, onDigest);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
            throw new LocalFileError(`cannot read ${body.path} (${code}); it was there when the files were searched`);
        }
        throw err;
    }
}
async function streamLargeFile(req, body, onDigest) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('md5');
    let sent = 0;
    // A part: its own length, read at its offset (positional reads), no growth byte past its end.
    const total = body.part?.length ?? body.size;
    const extra = body.part ? 0 : 1;
    const file = await (0,promises_namespaceObject.open)(body.path, 'r');
    try {
        checkUnchanged(await file.stat(), body, 'after the files were searched');
    }
    catch (err) {
        await file.close();
        throw err;
    }
    // A few buffers, each reused once the socket has written it: no garbage per chunk, flat memory.
    // Sized to the file (plus the byte that detects growth), so small files allocate little.
    const length = Math.min(CHUNK, total + 1);
    const count = Math.min(BUFFERS, Math.ceil((total + 1) / length));
    const buffers = Array.from({ length: count }, () => Buffer.allocUnsafeSlow(length));
    const written = buffers.map(() => Promise.resolve());
    try {
        for (let i = 0;; i = (i + 1) % count) {
            await written[i];
            if (req.destroyed)
                throw new Error('the connection closed during the upload');
            // At most one byte more than expected, to notice a file that grew. Sequential reads (no
            // position) work for pipes too.
            const position = body.part ? body.part.offset + sent : null;
            const { bytesRead } = await file.read(buffers[i], 0, Math.min(length, total + extra - sent), position);
            if (bytesRead === 0)
                break;
            sent += bytesRead;
            if (sent > total)
                throw new LocalFileError(`the file grew while it was being uploaded (now over ${body.size} bytes); do not change files while the step runs`);
            // Before the last byte goes out: a write while the rest was read must not go out unnoticed.
            if (sent === total)
                checkUnchanged(await file.stat(), body, 'while it was being uploaded');
            const chunk = buffers[i].subarray(0, bytesRead);
            hash.update(chunk);
            if (sent === total)
                onDigest(hash.digest('hex'));
            let ok = true;
            written[i] = new Promise((resolve, reject) => {
                ok = req.write(chunk, (err) => (err ? reject(err) : resolve()));
            });
            // A destroyed request fails its pending writes; the loop reports that, not an unhandled rejection.
            written[i].catch(() => { });
            if (!ok)
                await drained(req);
            body.onProgress?.(sent);
        }
    }
    finally {
        await file.close();
    }
    if (sent !== total)
        throw new LocalFileError(`the file changed while it was being uploaded (${sent} of ${total} bytes read); do not change files while the step runs`);
    if (sent === 0)
        onDigest(hash.digest('hex'));
    req.end();
}
/** A small file in one read and one write: most of an upload's cost is per call, not per byte. */
function sendSmallFile(req, body, onDigest) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(body.path, 'r');
    let data;
    try {
        checkUnchanged((0,external_node_fs_namespaceObject.fstatSync)(fd), body, 'after the files were searched');
        data = (0,external_node_fs_namespaceObject.readFileSync)(fd);
        checkUnchanged((0,external_node_fs_namespaceObject.fstatSync)(fd), body, 'while it was being read');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    if (data.length !== body.size) {
        throw new LocalFileError(`the file changed before it was uploaded (${data.length} bytes, was ${body.size}); do not change files while the step runs`);
    }
    onDigest((0,external_node_crypto_namespaceObject.createHash)('md5').update(data).digest('hex'));
    req.end(data);
    body.onProgress?.(data.length);
}
/**
 * The opened file must be the one the search saw (size and modification time): otherwise the
 * upload would send bytes nobody looked at, or a file cut short. A pipe has neither to compare.
 */
function checkUnchanged(stat, body, when) {
    if (!stat.isFile())
        return;
    if (stat.size === body.size && (body.mtimeMs === undefined || stat.mtimeMs === body.mtimeMs))
        return;
    const time = (ms) => (ms === undefined ? '' : `, modified ${new Date(ms).toISOString()}`);
    throw new LocalFileError(`${body.path} changed ${when} (now ${stat.size} bytes${time(stat.mtimeMs)}; ` +
        `the search saw ${body.size} bytes${time(body.mtimeMs)}), so it was not uploaded. ` +
        `Do not change files while the step runs: finish writing them in an earlier step.`);
}
function drained(req) {
    return new Promise((resolve, reject) => {
        const done = (err) => {
            req.off('drain', onDrain);
            req.off('close', onClose);
            req.off('error', onError);
            if (err)
                reject(err);
            else
                resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new Error('the connection closed during the upload'));
        const onError = (err) => done(err);
        req.once('drain', onDrain);
        req.once('close', onClose);
        req.once('error', onError);
    });
}
function describeSocketError(err) {
    switch (err.code) {
        case 'ECONNRESET':
        case 'EPIPE':
            return 'the connection was reset';
        case 'ECONNREFUSED':
            return 'the connection was refused';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `the host name could not be resolved (${err.message})`;
        default:
            return err.message || String(err.code);
    }
}
function http_redact(url) {
    const copy = new URL(url);
    if (copy.searchParams.has('access_token'))
        copy.searchParams.set('access_token', '***');
    return copy.toString();
}

;// CONCATENATED MODULE: ./src/zenodo/connect.ts
// Wires the Zenodo client for a run: one transport (with the proxy agents and the shared rate
// limiter) under a client with the retry policy.







/** Names the action, its version and repository, and the calling workflow, as Zenodo asks of clients. */
function userAgent(env = process.env) {
    const repo = env.GITHUB_ACTION_REPOSITORY || 'zenodo-upload/zenodo-upload';
    const caller = env.GITHUB_REPOSITORY ? `; workflow in ${env.GITHUB_REPOSITORY}` : '';
    return `zenodo-upload/${ACTION_VERSION} (GitHub Action; +https://github.com/${repo}${caller}) node/${process.versions.node}`;
}
function connect(serverUrl, token, env, log) {
    const knobs = readKnobs(env);
    // One bound for every pause Zenodo asks for, the window's reset and a 429's Retry-After alike.
    const limiter = new RateLimiter((ms, st) => log.info(`Rate limit (${st.limit ?? '?'} requests per window) reached; pausing ${(ms / 1000).toFixed(1)} s until the window resets.`), Date.now, undefined, knobs.maxWaitMs);
    const transport = new HttpTransport({
        token,
        userAgent: userAgent(env),
        limiter,
        timeouts: timeoutsFor(knobs.idleTimeoutMs),
        ...createAgents(serverUrl, env, log.info)
    });
    const policy = policyFor(knobs.retryBaseMs, knobs.maxWaitMs);
    return {
        api: new ZenodoClient(serverUrl, transport, log, policy),
        transport,
        policy,
        close: () => transport.close()
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// Wiring only: read, gather, plan, execute, report. Every decision lives in a module of its own.












async function run(env = process.env) {
    const report = new RunReport();
    const knobs = readKnobs(env);
    let connection;
    try {
        const settings = await log_group('Inputs', async () => readSettings(env));
        report.serverUrl = settings.serverUrl;
        report.dryRun = settings.dryRun;
        const github = readGitHubContext(env);
        const identity = github ? identityFor(github, settings.dataset) : undefined;
        const local = await log_group('Files', () => findLocalFiles(settings, env));
        const metadata = await log_group('Metadata', () => readMetadata(settings));
        connection = connect(settings.serverUrl, settings.token, env, log);
        const repo = await openRepository(connection, { api: settings.api, serverUrl: settings.serverUrl, access: settings.access, concurrency: settings.concurrency }, log);
        const today = new Date().toISOString().slice(0, 10);
        const [input, thePlan] = await log_group('Plan', async () => {
            const prepared = await preparePlan(repo, { settings, github, identity, local, metadata, today });
            report.remote = prepared.remote;
            report.plan = plan(prepared);
            for (const w of report.plan.warnings)
                log.warning(w);
            for (const line of describePlan(report.plan))
                log.info(line);
            return [prepared, report.plan];
        });
        const kind = thePlan.target.kind;
        if (settings.dryRun)
            log.info('Dry run: nothing was sent to Zenodo.');
        if (settings.dryRun || kind === 'archived' || kind === 'read-only')
            return;
        report.outcome = await log_group('Uploads', () => execute(thePlan, input, {
            repo,
            log: log,
            settleMs: knobs.settleMs,
            upload: { concurrency: settings.concurrency, checksumAttempts: 3, progressIntervalMs: knobs.progressIntervalMs }
        }));
        if (report.outcome.error)
            throw report.outcome.error;
    }
    catch (err) {
        report.error = err;
        log.debug(err.stack ?? String(err));
        setFailed(redact(report.error.message));
    }
    finally {
        connection?.close();
        await report.write();
    }
}

;// CONCATENATED MODULE: ./src/index.ts

// The runner executes dist/index.js; all logic lives in run().
void run();

