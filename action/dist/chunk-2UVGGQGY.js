import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-PNJ7WGRW.js";

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_enums(), exports);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve) => {
              instantiateWasm(info, (inst) => resolve(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str2 = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str2 += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str2 += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str2 += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str2;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code2) => {
          EXITSTATUS = code2;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code2);
            ABORT = true;
          }
          quit_(code2, new ExitStatus(code2));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        };
        var PATH2 = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path) => {
          var isAbsolute = PATH2.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH2.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute).join("/");
          if (!path && !isAbsolute) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute ? "/" : "") + path;
        }, dirname: (path) => {
          var result = PATH2.splitPath(path), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH2.normalize(paths.join("/")), join2: (l, r) => PATH2.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path = i >= 0 ? args[i] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH2.isAbs(path);
          }
          resolvedPath = PATH2.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str2) => {
          var len = 0;
          for (var i = 0; i < str2.length; ++i) {
            var c = str2.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str2, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str2.length; ++i) {
            var u = str2.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str2) => {
          if (typeof str2 != "string") return str2;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str2];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str2}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve) => dependenciesPromiseResolve = resolve);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH2.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
          }
          get isRead() {
            return (this.flags & 2097155) !== 1;
          }
          get isWrite() {
            return (this.flags & 2097155) !== 0;
          }
          get isAppend() {
            return this.flags & 1024;
          }
          get flags() {
            return this.shared.flags;
          }
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH2.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH2.dirname(current_path);
                if (FS.isRoot(current)) {
                  path = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH2.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH2.isAbs(link)) {
                  link = PATH2.dirname(current_path) + "/" + link;
                }
                path = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path, mode, dev) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH2.basename(path);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path, mode, 0);
        }, mkdir(path, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path, mode, 0);
        }, mkdirTree(path, mode) {
          var dirs = path.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH2.isAbs(path)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH2.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH2.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH2.dirname(old_path);
          var new_dirname = PATH2.dirname(new_path);
          var old_name = PATH2.basename(old_path);
          var new_name = PATH2.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative = PATH_FS.relative(old_path, new_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative = PATH_FS.relative(new_path, old_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH2.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          var node = lookup.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH2.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path) {
          var lookup = FS.lookupPath(path);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path, mode) {
          FS.chmod(path, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: true });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode = 438) {
          if (path === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat = FS.stat(path);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH2.basename(path);
            lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH2.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path = PATH2.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name ? PATH2.join2(parent, name) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path = PATH2.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header;
              var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
              var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH2.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev;
          HEAPU32[buf + 4 >> 2] = stat.mode;
          HEAPU32[buf + 8 >> 2] = stat.nlink;
          HEAPU32[buf + 12 >> 2] = stat.uid;
          HEAPU32[buf + 16 >> 2] = stat.gid;
          HEAPU32[buf + 20 >> 2] = stat.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime();
          var mtime = stat.mtime.getTime();
          var ctime = stat.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve) => setTimeout(resolve, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run();
        ;
        return Module;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = PgQueryModule;
      module.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
    exports.hasSqlDetails = hasSqlDetails;
    exports.formatSqlError = formatSqlError;
    exports.loadModule = loadModule;
    exports.parseSync = parseSync;
    exports.parsePlPgSQLSync = parsePlPgSQLSync;
    exports.fingerprintSync = fingerprintSync;
    exports.normalizeSync = normalizeSync;
    exports.scanSync = scanSync3;
    __exportStar(require_types2(), exports);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines2 = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines2.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines2.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
          const details = [];
          if (fileName)
            details.push(`file: ${fileName}`);
          if (functionName)
            details.push(`function: ${functionName}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines2.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines2.push(displayQuery);
          lines2.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines2.push(`Query: ${displayQuery}`);
      }
      return lines2.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module2) => {
      wasmModule = module2;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str2) {
      ensureLoaded();
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str2}`);
      }
      const len = wasmModule.lengthBytesUTF8(str2) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str2, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync3(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse5 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse5(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse5.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse5;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse5 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse5(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse5.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse5(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
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
      if (typeof visitor === "function")
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
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
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
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
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
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
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
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
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
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
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
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
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
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
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
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
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
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
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
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
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
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
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
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
          else if (node === void 0 && this.schema)
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
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
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
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
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
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
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
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
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
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
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
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
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
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines2.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines2.push(str2);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines2)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
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
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
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
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
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
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
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
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
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
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
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
        return typeof idx === "number" && idx < this.items.length;
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
        if (typeof idx !== "number")
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
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
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
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str2.substr(o, lineWidth);
          }
          str2 = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
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
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
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
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
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
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
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
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
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
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
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
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
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
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
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
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
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
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
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
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
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
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
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
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
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
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
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
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
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
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines2.push([split2[i], split2[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
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
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
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
      if (tagName === "!")
        return schema[identity.SCALAR];
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
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
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
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
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
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
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
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
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
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
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
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
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
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
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
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
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
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
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
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
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
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
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
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
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
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
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
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
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
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
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
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
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
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
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
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
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
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
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
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
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
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
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
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
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
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
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
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
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
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse5(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse5;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports) {
    "use strict";
    exports.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports, module) {
    var array = require_postgres_array();
    module.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports, module) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms2 = matches[7];
      ms2 = ms2 ? 1e3 * parseFloat(ms2) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms2));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms2);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports, module) {
    module.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key in source) {
          if (hasOwnProperty.call(source, key)) {
            target[key] = source[key];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports, module) {
    "use strict";
    var extend = require_mutable();
    module.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse5(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse5(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports, module) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports, module) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports, module) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports, module) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse5 = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse5(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse5(dims, elementType);
    };
    var parseText2 = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText2);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports, module) {
    module.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports.getTypeParser = getTypeParser;
    exports.setTypeParser = setTypeParser;
    exports.arrayParser = arrayParser;
    exports.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports, module) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/utils.js"(exports, module) {
    "use strict";
    var defaults2 = require_defaults();
    var nodeUtils = __require("util");
    var { isDate } = __require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults2.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str2) {
      return '"' + str2.replace(/"/g, '""') + '"';
    };
    var escapeLiteral2 = function(str2) {
      let hasBackslash = false;
      let escaped = "'";
      if (str2 == null) {
        return "''";
      }
      if (typeof str2 !== "string") {
        return "''";
      }
      for (let i = 0; i < str2.length; i++) {
        const c = str2[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral2
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils3 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports, module) {
    var nodeCrypto = __require("crypto");
    module.exports = {
      postgresMd5PasswordHash,
      randomBytes,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string) {
      try {
        return nodeCrypto.createHash("md5").update(string, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string === "string" ? textEncoder.encode(string) : string;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports, module) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports, module) {
    "use strict";
    var crypto2 = require_utils3();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto2.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto2.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto2.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto2.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto2.sha256(clientKey);
      const clientSignature = await crypto2.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto2.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto2.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name = attrValue[0];
          const value = attrValue.substring(2);
          return [name, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt = attrPairs.get("s");
      if (!salt) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports, module) {
    "use strict";
    function parse5(str2, options = {}) {
      if (str2.charAt(0) === "/") {
        const config2 = str2.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str2)) {
        str2 = encodeURI(str2).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str2, "postgres://base");
        } catch (e) {
          result = new URL(str2.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry of result.searchParams.entries()) {
        config[entry[0]] = entry[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs = config.sslcert || config.sslkey || config.sslrootcert ? __require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs.readFileSync(config.sslrootcert).toString();
      }
      if (options.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
        if (value !== void 0 && value !== null) {
          c[key] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
        if (key === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key}: ${value}`);
              }
              c[key] = v;
            }
          } else {
            c[key] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str2) {
      return toClientConfig(parse5(str2));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module.exports = parse5;
    parse5.parse = parse5;
    parse5.toClientConfig = toClientConfig;
    parse5.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports, module) {
    "use strict";
    var dns = __require("dns");
    var defaults2 = require_defaults();
    var parse5 = require_pg_connection_string().parse;
    var val = function(key, config, envVar) {
      if (config[key]) {
        return config[key];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults2.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse5(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse5(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add(params, this, "user");
        add(params, this, "password");
        add(params, this, "port");
        add(params, this, "application_name");
        add(params, this, "fallback_application_name");
        add(params, this, "connect_timeout");
        add(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add(params, ssl, "sslmode");
        add(params, ssl, "sslca");
        add(params, ssl, "sslkey");
        add(params, ssl, "sslcert");
        add(params, ssl, "sslrootcert");
        add(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row2 = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row2[i] = this._parsers[i](rawValue);
          } else {
            row2[i] = null;
          }
        }
        return row2;
      }
      parseRow(rowData) {
        const row2 = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row2[field] = this._parsers[i](v);
          } else {
            row2[field] = null;
          }
        }
        return row2;
      }
      addRow(row2) {
        this.rows.push(row2);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row2 = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row2[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row2 };
      }
    };
    module.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("events");
    var Result2 = require_result();
    var utils = require_utils2();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row2;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row2 = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row2, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row2);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows) {
        connection.execute({
          portal: this.portal,
          rows
        });
        if (!rows) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
    exports.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports.noData = {
      name: "noData",
      length: 5
    };
    exports.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
      }
    };
    exports.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = "authenticationMD5Password";
      }
    };
    exports.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = num >>> 24 & 255;
        this.buffer[this.offset++] = num >>> 16 & 255;
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addCString(string) {
        if (!string) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string);
          this.ensure(len + 1);
          this.buffer.write(string, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string = "") {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code2) {
        if (code2) {
          this.buffer[this.headerPosition] = code2;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code2 ? 0 : 5, this.offset);
      }
      flush(code2) {
        const result = this.join(code2);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse5 = (query2) => {
      const name = query2.name || "";
      if (name.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name, name.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code2, string) => {
      const stringLen = Buffer.byteLength(string);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code2;
      buffer.writeInt32BE(len, 1);
      buffer.write(string, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code2) => Buffer.from([code2, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse: parse5,
      bind,
      execute,
      describe,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser2 = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code2 = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code2, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code2, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code2) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code2.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports.Parser = Parser;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code2 = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code2) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code2);
      }
      return message;
    };
    var parseErrorMessage = (reader, name) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DatabaseError = exports.serialize = void 0;
    exports.parse = parse5;
    var messages_1 = require_messages();
    Object.defineProperty(exports, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser2();
    function parse5(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve) => stream.on("end", () => resolve()));
    }
  }
});

// node_modules/pg-cloudflare/dist/empty.js
var require_empty = __commonJS({
  "node_modules/pg-cloudflare/dist/empty.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = {};
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports, module) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net = __require("net");
        return new net.Socket();
      }
      function getSecureStream2(options) {
        const tls = __require("tls");
        return tls.connect(options);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require_empty();
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options) {
        options.socket.startTls(options);
        return options.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var { parse: parse5, serialize } = require_dist2();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self2 = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self2._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self2 = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self2._keepAlive) {
            self2.stream.setKeepAlive(true, self2._keepAliveInitialDelayMillis);
          }
          self2.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self2._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self2.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self2.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self2.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self2.stream.end();
              return self2.emit("error", new Error("The server does not support SSL connections"));
            default:
              self2.stream.end();
              return self2.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self2.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self2 = this;
        const options = {
          socket: self2.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self2.ssl !== true) {
          Object.assign(options, self2.ssl);
          if ("key" in self2.ssl) {
            options.key = self2.ssl.key;
          }
        }
        if (self2.sslNegotiation === "direct") {
          options.ALPNProtocols = ["postgresql"];
        }
        const net = __require("net");
        if (net.isIP && net.isIP(host) === 0) {
          options.servername = host;
        }
        try {
          self2.stream = stream.getSecureStream(options);
        } catch (err) {
          return self2.emit("error", err);
        }
        self2.attachListeners(self2.stream);
        self2.stream.on("error", reportStreamError);
        self2.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse5(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports, module) {
    "use strict";
    var { Transform } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list = buf.split(this.matcher);
        if (list.length === 1) return cb();
        list.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list = this[kLast].split(this.matcher);
      }
      this[kLast] = list.pop();
      for (let i = 0; i < list.length; i++) {
        try {
          push(this, this.mapper(list[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self2, val) {
      if (val !== void 0) {
        self2.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split2(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split2;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var Stream = __require("stream").Stream;
    var split2 = require_split2();
    var util = __require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module.exports.match = function(connInfo, entry) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry[field])) {
            return prev && true;
          }
        }
        return prev && (entry[field] === "*" || entry[field] === connInfo[field]);
      }, true);
    };
    module.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split2());
      function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
          pass = entry[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module.exports.isValidEntry = function(entry) {
      var rules = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule2 = rules[idx];
        var value = entry[fieldNames[idx]] || "";
        var res = rule2(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var fs = __require("fs");
    var helper = require_helper();
    module.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs.stat(file, function(err, stat) {
        if (err || !helper.usePgPass(stat, file)) {
          return cb(void 0);
        }
        var st = fs.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter;
    var utils = require_utils2();
    var nodeUtils = __require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var crypto2 = require_utils3();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults2.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self2 = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self2.ssl) {
            if (self2.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self2.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self2.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto2.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str2) {
        return utils.escapeIdentifier(str2);
      }
      escapeLiteral(str2) {
        return utils.escapeLiteral(str2);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve) => {
            this.connection.once("end", resolve);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list, predicate) => {
      const i = list.findIndex(predicate);
      return i === -1 ? void 0 : list.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve, reject) {
        res = resolve;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options, Client2) {
        super();
        this.options = Object.assign({}, options);
        if (options != null && "password" in options) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options.password
          });
        }
        if (options != null && options.ssl && options.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve) => resolve(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context = this;
        client.end(() => {
          context.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var utils = require_utils2();
    var NativeQuery = module.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key in fields) {
          const normalizedFieldName = errorFieldMap[key] || key;
          err[normalizedFieldName] = fields[key];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve, reject) {
          this._once("end", resolve);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self2 = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self2.emit("_done");
        });
        if (err) {
          return self2.handleError(err);
        }
        if (self2._emitRowEvents) {
          if (results.length > 1) {
            rows.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row2) => {
                self2.emit("row", row2, results[i]);
              });
            });
          } else {
            rows.forEach(function(row2) {
              self2.emit("row", row2, results);
            });
          }
        }
        self2.state = "end";
        self2.emit("end", results);
        if (self2.callback) {
          self2.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self2.name] = self2.text;
          return self2.native.execute(self2.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports, module) {
    var nodeUtils = __require("util");
    var Native;
    try {
      Native = __require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self2 = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self2.connectionParameters.nativeConnectionString) conString = self2.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self2.native.connect(conString, function(err2) {
          if (err2) {
            self2.native.end();
            return cb(err2);
          }
          self2._connected = true;
          self2.native.on("error", function(err3) {
            self2._queryable = false;
            self2._errorAllQueries(err3);
            self2.emit("error", err3);
          });
          self2.native.on("notification", function(msg) {
            self2.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self2.emit("connect");
          self2._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve, reject) => {
            resolveOut = resolve;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self2 = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve, reject) {
          cb = (err) => err ? reject(err) : resolve();
        });
      }
      const doEnd = function() {
        self2.native.end(function() {
          self2._connected = false;
          self2._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self2.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self2 = this;
      query.once("_done", function() {
        self2._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self2 = this;
      const queries = [];
      const nativeQueries = [];
      const utils = require_utils2();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries.push(pipelineEntry);
      }
      this.native.pipeline(queries, function(err, results) {
        self2._pipelineInFlight = false;
        if (err) {
          self2._connected = false;
          self2._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q = nativeQueries[i];
            q.native = self2.native;
            q.handleError(err);
          }
          self2._errorAllQueries(err);
          self2.emit("error", err);
          self2.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q = nativeQueries[i];
          const r = results[i];
          q.native = self2.native;
          if (r.err) {
            q.handleError(r.err);
          } else {
            if (q.name) {
              self2.namedQueries[q.name] = q.text;
            }
            q.state = "end";
            q.emit("end", r.result);
            if (q.callback) {
              q.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q.emit("_done");
          });
        }
        self2._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports, module) {
    "use strict";
    module.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports, module) {
    "use strict";
    var Client2 = require_client();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils2();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist2();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = require_utils2();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options) {
          super(options, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults2;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral2;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module.exports = new PG(clientConstructor);
    Object.defineProperty(module.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// src/parse/statements.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/parse/templates.ts
import { posix } from "node:path";

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string) {
  if (typeof string !== "string") {
    throw new TypeError("Expected a string");
  }
  return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// src/parse/sqlRegions.ts
var SqlRegions = class {
  regions = [];
  /** Offsets of [ (+1) and ] (-1) in code. */
  brackets = [];
  constructor(text) {
    const identChar = (c) => c !== void 0 && /[A-Za-z0-9_$]/.test(c);
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      const next = text[i + 1];
      const start = i;
      if (c === "-" && next === "-") {
        const nl = text.indexOf("\n", i);
        i = nl === -1 ? text.length : nl;
        this.regions.push({ start, end: i, kind: "comment" });
      } else if (c === "/" && next === "*") {
        let depth = 1;
        i += 2;
        while (i < text.length && depth > 0) {
          if (text[i] === "/" && text[i + 1] === "*") {
            depth++;
            i += 2;
          } else if (text[i] === "*" && text[i + 1] === "/") {
            depth--;
            i += 2;
          } else i++;
        }
        this.regions.push({ start, end: i, kind: "comment" });
      } else if (c === "'") {
        const escapes = /[Ee]/.test(text[i - 1] ?? "") && !identChar(text[i - 2]);
        i++;
        while (i < text.length) {
          if (escapes && text[i] === "\\") i += 2;
          else if (text[i] === "'" && text[i + 1] === "'") i += 2;
          else if (text[i] === "'") break;
          else i++;
        }
        i = Math.min(i + 1, text.length);
        this.regions.push({ start, end: i, kind: "string" });
      } else if (c === '"') {
        i++;
        while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
        i = Math.min(i + 1, text.length);
        this.regions.push({ start, end: i, kind: "identifier" });
      } else if (c === "$" && !identChar(text[i - 1])) {
        const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
        if (tag) {
          const close = text.indexOf(tag[0], i + tag[0].length);
          i = close === -1 ? text.length : close + tag[0].length;
          this.regions.push({ start, end: i, kind: "dollar" });
        } else i++;
      } else {
        if (c === "[") this.brackets.push({ at: i, step: 1 });
        else if (c === "]") this.brackets.push({ at: i, step: -1 });
        i++;
      }
    }
  }
  kindAt(offset) {
    let lo = 0;
    let hi = this.regions.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const r = this.regions[mid];
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return r.kind;
    }
    return "code";
  }
  /** Whether the offset is inside square brackets of code (an array subscript or slice). */
  inBrackets(offset) {
    let depth = 0;
    for (const b of this.brackets) {
      if (b.at >= offset) break;
      depth = Math.max(0, depth + b.step);
    }
    return depth > 0;
  }
};

// src/parse/templates.ts
var LABEL = {
  go: "the Go template placeholder",
  comment: "the comment placeholder",
  flyway: "the Flyway placeholder",
  psql: "the psql variable",
  "dollar-brace": "the placeholder"
};
var GO_FIELD = /^\.([A-Za-z_][A-Za-z0-9_]*)$/;
var GO_INDEX = /^index\s+\.[A-Za-z_][A-Za-z0-9_]*\s+"([^"\\]+)"$/;
var GO_COMMENT = /^\/\*[\s\S]*\*\/$/;
var COMMENT_SPAN = /\/\* TEMPLATE_BEGIN: (.*?) \*\/ .*? \/\* TEMPLATE_END \*\//g;
var COMMENT_MARK = /\/\* TEMPLATE: (.*?) \*\//g;
var PSQL = /:(?:'([A-Za-z0-9_]+)'|"([A-Za-z0-9_]+)"|([A-Za-z_][A-Za-z0-9_]*))/g;
function goActions(text) {
  const out = [];
  for (let at = text.indexOf("{{"); at !== -1; ) {
    const end = text.indexOf("}}", at + 2);
    if (end === -1) break;
    const action = text.slice(at + 2, end).replace(/^-/, "").replace(/-$/, "").trim();
    out.push({ index: at, text: text.slice(at, end + 2), action });
    at = text.indexOf("{{", end + 2);
  }
  return out;
}
function findPlaceholders(text, file, settings, flywayHistory) {
  const fly = settings.flyway;
  if (!/\{\{|\/\* TEMPLATE|\$\{|(?<!:):(?![:=])['"A-Za-z_]/.test(text) && !(flywayHistory && text.includes(fly.prefix))) return [];
  const found = [];
  const vars = settings.variables;
  const lookup = (name) => Object.hasOwn(vars, name) ? vars[name] : void 0;
  const go = goActions(text);
  let masked = text;
  for (const m of go) masked = masked.slice(0, m.index) + "_".repeat(m.text.length) + masked.slice(m.index + m.text.length);
  const regions = new SqlRegions(masked);
  if (go.some((m) => /code|identifier|dollar/.test(regions.kindAt(m.index)))) {
    for (const m of go) {
      const { action } = m;
      const name = GO_FIELD.exec(action)?.[1] ?? GO_INDEX.exec(action)?.[1];
      const value = GO_COMMENT.test(action) ? "" : name === void 0 ? void 0 : lookup(name);
      found.push({
        syntax: "go",
        start: m.index,
        end: m.index + m.text.length,
        text: m.text,
        ...name !== void 0 ? { name } : GO_COMMENT.test(action) ? { name: "" } : {},
        ...value !== void 0 ? { value } : {},
        when: "always"
      });
    }
  }
  for (const re of [COMMENT_SPAN, COMMENT_MARK]) {
    for (const m of text.matchAll(re)) {
      const name = m[1];
      const value = lookup(name);
      if (value === void 0 || found.some((p) => m.index < p.end && p.start < m.index + m[0].length)) continue;
      found.push({
        syntax: "comment",
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        name,
        value: name === "schema" && value ? `${value}.` : value,
        when: "always"
      });
    }
  }
  if (flywayHistory && fly.replace) {
    const re = new RegExp(`${escapeStringRegexp(fly.prefix)}([^\\s]+?)${escapeStringRegexp(fly.suffix)}`, "g");
    for (const m of text.matchAll(re)) {
      const name = m[1];
      const value = lookup(name) ?? (Object.hasOwn(fly.placeholders, name) ? fly.placeholders[name] : void 0) ?? flywayBuiltIn(name, file, fly);
      found.push({ syntax: "flyway", start: m.index, end: m.index + m[0].length, text: m[0], name, ...value !== void 0 ? { value } : {}, when: "always" });
    }
  } else {
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_.:-]*)\}/g)) {
      if (regions.kindAt(m.index) !== "code") continue;
      const name = m[1];
      const value = lookup(name);
      found.push({
        syntax: "dollar-brace",
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        name,
        ...value !== void 0 ? { value } : {},
        when: "fallback"
      });
    }
  }
  for (const m of text.matchAll(PSQL)) {
    const before = text[m.index - 1];
    if (before === ":" || before !== void 0 && /[A-Za-z0-9_]/.test(before) || regions.kindAt(m.index) !== "code" || regions.inBrackets(m.index)) continue;
    if (found.some((p) => m.index < p.end && p.start < m.index + m[0].length)) continue;
    const name = m[1] ?? m[2] ?? m[3];
    const raw = lookup(name);
    const value = raw === void 0 ? void 0 : m[1] !== void 0 ? `'${raw.replace(/'/g, "''")}'` : m[2] !== void 0 ? `"${raw.replace(/"/g, '""')}"` : raw;
    found.push({ syntax: "psql", start: m.index, end: m.index + m[0].length, text: m[0], name, ...value !== void 0 ? { value } : {}, when: "fallback" });
  }
  return found.sort((a, b) => a.start - b.start);
}
function flywayBuiltIn(name, file, fly) {
  switch (name) {
    case "flyway:defaultSchema":
      return fly.defaultSchema ?? "public";
    case "flyway:table":
      return fly.table ?? "flyway_schema_history";
    case "flyway:filename":
      return posix.basename(file);
    case "flyway:timestamp":
      return (/* @__PURE__ */ new Date()).toISOString().slice(0, 19).replace("T", " ");
    default:
      return void 0;
  }
}
var OffsetMap = class {
  /** Each replacement: where its value starts and ends in the rendered text, and its placeholder in the file. */
  spans = [];
  constructor(replacements) {
    let shift = 0;
    for (const r of replacements) {
      const from = r.start + shift;
      this.spans.push({ from, to: from + r.value.length, start: r.start, end: r.end });
      shift += r.value.length - (r.end - r.start);
    }
  }
  toOriginal(index) {
    let lo = 0;
    let hi = this.spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (this.spans[mid].from <= index) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last === -1) return index;
    const s = this.spans[last];
    return index < s.to ? s.start : s.end + (index - s.to);
  }
};
function render(text, placeholders) {
  let out = "";
  let at = 0;
  for (const p of placeholders) {
    out += text.slice(at, p.start) + p.value;
    at = p.end;
  }
  return { text: out + text.slice(at), replaced: placeholders.map((p) => ({ start: p.start, end: p.end, value: p.value })) };
}
function setting(names2) {
  const key = (n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n) ? n : JSON.stringify(n);
  return `\`migrations: { variables: { ${names2.map((n) => `${key(n)}: <value>`).join(", ")} } }\``;
}
function templateProblem(blocked, where2) {
  const unsupported = blocked.filter((p) => p.name === void 0);
  if (unsupported.length) {
    const list = unsupported.map((p) => `\`${p.text}\` (${where2(p)})`).join(", ");
    return `the Go template action${unsupported.length > 1 ? "s" : ""} ${list} cannot be rendered by this review, which renders \`{{ .Name }}\`, \`{{ index .Options "Name" }}\` and \`{{/* comments */}}\`: have your build write the rendered SQL to a file and point migrations.paths in .github/dba.yml at it`;
  }
  const first = blocked[0];
  const names2 = [...new Set(blocked.map((p) => p.name))];
  const others = [...new Set(blocked.filter((p) => p.name !== first.name).map((p) => `\`${p.text}\` at ${where2(p)}`))];
  const also = others.length ? ` (and ${others.slice(0, 5).join(", ")}${others.length > 5 ? ", \u2026" : ""})` : "";
  return `${LABEL[first.syntax]} \`${first.text}\`${also} ${names2.length > 1 ? "have" : "has"} no value: give ${names2.length > 1 ? "them" : "it"} in .github/dba.yml as ${setting(names2)}`;
}

// src/parse/sourceText.ts
var SourceText = class {
  constructor(text, from) {
    this.text = text;
    this.from = from;
    this.original = from?.text ?? text;
    if (from) this.map = new OffsetMap(from.replaced);
    for (let i = 0; i < this.original.length; i++) if (this.original.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.ascii = Buffer.byteLength(text, "utf8") === text.length;
  }
  text;
  from;
  lineStarts = [0];
  ascii;
  byteIndex;
  /** The file as written (the same as `text` unless it was rendered from a template). */
  original;
  map;
  /** JS string index of a UTF-8 byte offset. */
  indexOfByte(byteOffset) {
    if (this.ascii) return byteOffset;
    if (!this.byteIndex) {
      const map = new Uint32Array(this.text.length + 1);
      let bytes = 0;
      for (let i = 0; i < this.text.length; i++) {
        map[i] = bytes;
        const code2 = this.text.charCodeAt(i);
        if (code2 < 128) bytes += 1;
        else if (code2 < 2048) bytes += 2;
        else if (code2 >= 55296 && code2 <= 56319) {
          bytes += 4;
          map[++i] = bytes;
        } else bytes += 3;
      }
      map[this.text.length] = bytes;
      this.byteIndex = map;
    }
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.byteIndex[mid] < byteOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** JS string index of the Nth character (code point) after a start index. */
  indexAfterChars(start, chars) {
    let i = start;
    for (let n = 0; n < chars && i < this.text.length; n++) {
      const code2 = this.text.charCodeAt(i);
      i += code2 >= 55296 && code2 <= 56319 ? 2 : 1;
    }
    return i;
  }
  /** Line and column in the file as written of an index into `text`. */
  positionAt(rendered) {
    const index = this.map ? this.map.toOriginal(rendered) : rendered;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    const lineStart2 = this.lineStarts[lo];
    return { line: lo + 1, column: [...this.original.slice(lineStart2, index)].length + 1 };
  }
  /** First index at or after `index` that is not whitespace or a comment. */
  skipTrivia(index, end = this.text.length) {
    const t = this.text;
    let i = index;
    while (i < end) {
      const c = t[i];
      if (/\s/.test(c)) i++;
      else if (c === "-" && t[i + 1] === "-") {
        const nl = t.indexOf("\n", i);
        i = nl === -1 ? end : nl + 1;
      } else if (c === "/" && t[i + 1] === "*") {
        let depth = 1;
        i += 2;
        while (i < end && depth > 0) {
          if (t[i] === "/" && t[i + 1] === "*") {
            depth++;
            i += 2;
          } else if (t[i] === "*" && t[i + 1] === "/") {
            depth--;
            i += 2;
          } else i++;
        }
      } else break;
    }
    return Math.min(i, end);
  }
};

// src/parse/statements.ts
async function parseMigration(file, sql, templating) {
  const found = templating ? findPlaceholders(sql, file, templating.settings, templating.flyway) : [];
  if (!found.length) return parseText(file, sql);
  const always = found.filter((p) => p.when === "always");
  const stages = [always, found].filter((set, i) => set.length > 0 && (i === 0 || set.length > always.length));
  let parsed = always.length ? void 0 : await parseText(file, sql);
  for (const set of stages) {
    if (parsed?.ok) break;
    const blocked = set.filter((p) => p.value === void 0);
    if (blocked.length) {
      const source = new SourceText(sql);
      const where2 = (p) => {
        const at = source.positionAt(p.start);
        return `${at.line}:${at.column}`;
      };
      const first = blocked.find((p) => p.name === void 0) ?? blocked[0];
      return { ok: false, file, source, error: { file, message: templateProblem(blocked, where2), position: source.positionAt(first.start) } };
    }
    const rendered = render(sql, set);
    parsed = await parseText(file, rendered.text, { text: sql, replaced: rendered.replaced });
  }
  return parsed;
}
async function parseText(file, sql, from) {
  const source = new SourceText(sql, from);
  let result;
  try {
    result = sql === "" ? { stmts: [] } : await (0, import_libpg_query.parse)(sql);
  } catch (err) {
    const details = err.sqlDetails;
    const index = source.indexAfterChars(0, details?.cursorPosition ?? 0);
    return {
      ok: false,
      file,
      source,
      error: { file, message: err.message, position: source.positionAt(index) }
    };
  }
  const statements = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const from2 = source.indexOfByte(raw.stmt_location ?? 0);
    const to = raw.stmt_len ? source.indexOfByte((raw.stmt_location ?? 0) + raw.stmt_len) : sql.length;
    const startIndex = source.skipTrivia(from2, to);
    const text = sql.slice(startIndex, to).trimEnd();
    const kind = Object.keys(raw.stmt)[0] ?? "Unknown";
    statements.push({
      file,
      index: statements.length,
      sql: text,
      offset: startIndex,
      start: source.positionAt(startIndex),
      end: source.positionAt(startIndex + text.length),
      kind,
      ast: raw.stmt
    });
  }
  return { ok: true, file, statements, source };
}
function reviveParsed(parsed) {
  return { ...parsed, source: new SourceText(parsed.source.text, parsed.source.from) };
}

// src/rules/context.ts
var WITH_DOWNS = /* @__PURE__ */ new Set(["golang-migrate", "goose", "dbmate", "sqitch", "node-pg-migrate", "liquibase"]);
function buildContext(input) {
  const migrations = [];
  const statements = [];
  for (const { migration: migration2, parsed, outcome } of input.migrations) {
    const m = {
      key: migration2.key,
      path: migration2.path,
      framework: migration2.framework,
      transaction: migration2.transaction,
      hasDown: migration2.down !== void 0 && migration2.down.sql.trim() !== "",
      supportsDown: WITH_DOWNS.has(migration2.framework),
      // Fixes and suppressions read the file as written.
      text: parsed.source.original,
      source: parsed.source,
      statements: [],
      ...outcome ? { outcome } : {}
    };
    if (parsed.ok) {
      for (const stmt of parsed.statements) {
        const s = { stmt, node: stmt.ast[stmt.kind] ?? {}, migration: m };
        const measured = outcome?.statements[stmt.index];
        if (measured) s.outcome = measured;
        m.statements.push(s);
        statements.push(s);
      }
    }
    migrations.push(m);
  }
  const catalog = input.catalog;
  const known = (table) => catalog && (catalog.before.tables[table] || catalog.after.tables[table]);
  const created = new Set(
    statements.filter((s) => s.stmt.kind === "CreateStmt" || s.stmt.kind === "CreateTableAsStmt").map((s) => {
      const rel = s.node.relation ?? s.node.into?.rel;
      return `${rel?.schemaname ?? "public"}.${rel?.relname}`;
    })
  );
  const qualify2 = (range) => {
    if (!range?.relname) return "";
    if (range.schemaname) return `${range.schemaname}.${range.relname}`;
    if (catalog && !known(`public.${range.relname}`)) {
      const match = [...Object.values(catalog.before.tables), ...Object.values(catalog.after.tables)].find((t) => t.name === range.relname);
      if (match) return match.qualifiedName;
    }
    return `public.${range.relname}`;
  };
  return {
    mode: input.mode,
    serverMajor: input.serverMajor,
    migrations,
    statements,
    ...catalog ? { catalog } : {},
    rows: input.rows ?? {},
    detections: input.detections ?? [],
    qualify: qualify2,
    existedBefore: (table) => catalog ? catalog.before.tables[table] !== void 0 : !created.has(table),
    ruleIds: input.ruleIds
  };
}

// src/rules/types.ts
var CATEGORIES = ["locking", "breaking", "design", "security", "hygiene", "history", "plans"];

// src/parse/ast.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);
function unwrap(node) {
  for (const kind in node ?? {}) return [kind, node[kind] ?? {}];
  return ["", {}];
}
function str(node) {
  return node?.String?.sval ?? "";
}
function listItems(node) {
  return node?.List?.items ?? [];
}
function nameOf(list) {
  return (list ?? []).map(str).filter(Boolean).join(".");
}
function typeName(typeNode) {
  const names2 = (typeNode?.names ?? []).map(str);
  return names2.filter((n) => n !== "pg_catalog").join(".");
}
var columnsOf = /* @__PURE__ */ new WeakMap();
function columnDefs(nodes) {
  if (!nodes) return [];
  let columns = columnsOf.get(nodes);
  if (!columns) {
    columns = nodes.flatMap((n) => {
      const [kind, body] = unwrap(n);
      if (kind !== "ColumnDef") return [];
      return [
        {
          name: body.colname,
          type: typeName(body.typeName),
          typeNode: body.typeName,
          constraints: (body.constraints ?? []).map((c) => c.Constraint)
        }
      ];
    });
    columnsOf.set(nodes, columns);
  }
  return columns;
}
function alterCommands(node) {
  return (node.cmds ?? []).map((c) => c.AlterTableCmd);
}
function findAll(tree, kind) {
  const out = [];
  const walk = (n) => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const item of n) walk(item);
      return;
    }
    for (const k in n) {
      const v = n[k];
      if (k === kind) out.push(v);
      if (v && typeof v === "object") walk(v);
    }
  };
  walk(tree);
  return out;
}
function calledFunctions(tree) {
  return findAll(tree, "FuncCall").map((f) => nameOf(f.funcname).toLowerCase());
}
function transactionEffect(node) {
  if (node.kind === "TRANS_STMT_BEGIN" || node.kind === "TRANS_STMT_START") return "opens";
  if ((node.kind === "TRANS_STMT_COMMIT" || node.kind === "TRANS_STMT_ROLLBACK") && !node.chain) return "ends";
  return void 0;
}
function option(options, name) {
  const found = (options ?? []).map((o) => o.DefElem).find((d) => d?.defname === name);
  return found;
}
function codeTokens(sql) {
  return (0, import_libpg_query2.scanSync)(sql).tokens.filter((t) => t.tokenName !== "SQL_COMMENT" && t.tokenName !== "C_COMMENT");
}
function saysKeywords(sql, ...words) {
  const tokens = codeTokens(sql);
  const spells = (i, word) => tokens[i]?.keywordName !== "NO_KEYWORD" && tokens[i]?.text.toUpperCase() === word;
  return tokens.some((_, i) => words.every((w, k) => spells(i + k, w)));
}

// src/trace/locks.ts
var LOCK_MODES = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
var CONFLICTS = {
  AccessShareLock: ["AccessExclusiveLock"],
  RowShareLock: ["ExclusiveLock", "AccessExclusiveLock"],
  RowExclusiveLock: ["ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"],
  ShareUpdateExclusiveLock: ["ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"],
  ShareLock: ["RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"],
  ShareRowExclusiveLock: ["RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"],
  ExclusiveLock: ["RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"],
  AccessExclusiveLock: [...LOCK_MODES]
};
function isLockMode(mode) {
  return LOCK_MODES.includes(mode);
}
function conflicts(a, b) {
  return CONFLICTS[a].includes(b);
}
function strength(mode) {
  return LOCK_MODES.indexOf(mode);
}
function blocksInWords(mode) {
  if (mode === "AccessExclusiveLock") return "blocks all reads and writes";
  if (conflicts(mode, "RowExclusiveLock"))
    return conflicts(mode, "RowShareLock") ? "blocks writes and SELECT FOR UPDATE; plain reads continue" : "blocks writes (INSERT, UPDATE, DELETE); reads continue";
  if (mode === "ShareUpdateExclusiveLock") return "blocks other schema changes, VACUUM and ANALYZE; reads and writes continue";
  return "blocks only schema changes that take ACCESS EXCLUSIVE; reads and writes continue";
}

// src/rules/helpers.ts
function targetTable(ctx, s) {
  return ctx.qualify(s.node.relation);
}
var memo = /* @__PURE__ */ new WeakMap();
function once(ctx, key, compute) {
  let cache = memo.get(ctx);
  if (!cache) memo.set(ctx, cache = /* @__PURE__ */ new Map());
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key);
}
function placeOf(s, location2) {
  const { source } = s.migration;
  return { file: s.stmt.file, ...source.positionAt(source.indexOfByte(location2)) };
}
function textBetween(s, from, to) {
  const { source } = s.migration;
  return source.text.slice(source.indexOfByte(from), to === void 0 ? s.stmt.offset + s.stmt.sql.length : source.indexOfByte(to));
}
function runsBefore(ctx, a, b) {
  const order = once(ctx, "order", () => new Map(ctx.statements.map((s, i) => [s.stmt, i])));
  return (order.get(a) ?? Infinity) < (order.get(b) ?? -Infinity);
}
function isKind(s, kind) {
  return s.stmt.kind === kind;
}
function statementsOf(ctx, ...kinds) {
  const byKind = once(ctx, "byKind", () => {
    const map = /* @__PURE__ */ new Map();
    for (const s of ctx.statements) {
      const list = map.get(s.stmt.kind);
      if (list) list.push(s);
      else map.set(s.stmt.kind, [s]);
    }
    return map;
  });
  return kinds.length === 1 ? byKind.get(kinds[0]) ?? [] : ctx.statements.filter((s) => kinds.includes(s.stmt.kind));
}
function alterExisting(ctx) {
  return once(
    ctx,
    "alterExisting",
    () => statementsOf(ctx, "AlterTableStmt").filter((s) => s.node.objtype === "OBJECT_TABLE" || s.node.objtype === void 0).map((s) => ({ s, table: targetTable(ctx, s), cmds: alterCommands(s.node) })).filter((a) => a.table && ctx.existedBefore(a.table))
  );
}
function measuredRewrite(s, table) {
  return s.outcome?.rewrites ? s.outcome.rewrites.includes(table) : void 0;
}
function measuredScan(s, table) {
  return s.outcome?.scans ? s.outcome.scans.some((x) => x.relation === table) : void 0;
}
function measuredLock(s, table) {
  return (s.outcome?.locks ?? []).filter((l) => l.relation === table).reduce((m, l) => !m || strength(l.mode) > strength(m) ? l.mode : m, void 0);
}
function rowsIn(ctx, table) {
  const rows = ctx.rows[table];
  return rows === void 0 ? "" : ` (measured here on ${rows.toLocaleString("en-US")} rows)`;
}
function tookHere(s) {
  return s.outcome && s.outcome.status !== "not-run" ? ` It took ${s.outcome.durationMs < 10 ? s.outcome.durationMs.toFixed(1) : Math.round(s.outcome.durationMs)} ms here.` : "";
}
function rule(meta, check) {
  return { meta, check };
}
function pipelineRule(meta) {
  return {
    ...rule(
      meta,
      (ctx) => ctx.detections.filter((f) => f.ruleId === meta.id).map((f) => ({
        at: { file: f.file, line: f.line, column: f.column, ...f.endLine ? { endLine: f.endLine } : {}, ...f.detached ? { detached: true } : {} },
        message: f.message,
        ...f.object ? { object: f.object } : {},
        ...f.impact ? { impact: f.impact } : {}
      }))
    ),
    detected: true
  };
}
function settingValue(s) {
  const arg = (s.node.args ?? [])[0]?.A_Const;
  return String(arg?.sval?.sval ?? arg?.ival?.ival ?? arg?.ival ?? "");
}
function newColumns(ctx) {
  return once(ctx, "newColumns", () => collectNewColumns(ctx));
}
function collectNewColumns(ctx) {
  const out = [];
  for (const s of ctx.statements) {
    if (s.stmt.kind === "CreateStmt") for (const col of columnDefs(s.node.tableElts)) out.push({ s, table: targetTable(ctx, s), col });
    if (s.stmt.kind === "AlterTableStmt") {
      for (const col of columnDefs(
        alterCommands(s.node).filter((c) => c.subtype === "AT_AddColumn").map((c) => c.def)
      ))
        out.push({ s, table: targetTable(ctx, s), col });
    }
  }
  return out;
}
function touchedTables(ctx) {
  const names2 = new Set((ctx.catalog?.changes ?? []).map((c) => c.table ?? c.name));
  return Object.values(ctx.catalog?.after.tables ?? {}).filter((t) => names2.has(t.qualifiedName));
}
function statementFor(ctx, table) {
  const name = table.slice(table.indexOf(".") + 1);
  return ctx.statements.find((s) => s.stmt.kind === "CreateStmt" && ctx.qualify(s.node.relation) === table) ?? ctx.statements.find((s) => findAll(s.node, "relname").some((n) => n === name));
}
function addedColumns(ctx) {
  return touchedTables(ctx).flatMap((table) => {
    const old = new Set(ctx.catalog?.before.tables[table.qualifiedName]?.columns.map((c) => c.name) ?? []);
    const at = statementFor(ctx, table.qualifiedName);
    return at ? table.columns.filter((c) => !old.has(c.name)).map((column) => ({ table, column, at })) : [];
  });
}
function columnStates(ctx, table, column) {
  if (table.constraints.some((k) => k.type === "check" && k.columns.includes(column.name) && /\bIS (NOT )?NULL\b/i.test(k.definition))) return [];
  const types2 = ctx.catalog?.after.objects.type ?? {};
  const enumType = types2[column.type.includes(".") ? column.type : `${table.schema}.${column.type}`] ?? types2[`public.${column.type}`];
  const labels = enumType?.properties.values;
  if (Array.isArray(labels)) return labels.map(String);
  for (const k of table.constraints) {
    if (k.type !== "check" || k.columns.length !== 1 || k.columns[0] !== column.name) continue;
    const literals = [...k.definition.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
    if (literals.length) return literals;
  }
  return [];
}

// src/rules/locking/add-column-auto-increment.ts
var add_column_auto_increment_default = rule(
  {
    id: "add-column-auto-increment",
    category: "locking",
    severity: "error",
    summary: "ADD COLUMN of a serial or identity column on an existing table.",
    rationale: "Every existing row needs its own sequence value, so PostgreSQL rewrites the table under ACCESS EXCLUSIVE.",
    safeAlternative: "Add a plain bigint column, attach a sequence default for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE events (payload text);",
      bad: "ALTER TABLE events ADD COLUMN id bigserial;",
      good: "ALTER TABLE events ADD COLUMN id bigint;\nCREATE SEQUENCE events_id_seq OWNED BY events.id;\nALTER TABLE events ALTER COLUMN id SET DEFAULT nextval('events_id_seq');\n-- backfill existing rows in batches"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(({ s, table, cmds }) => {
    const cols = columnDefs(cmds.filter((c) => c.subtype === "AT_AddColumn").map((c) => c.def)).filter(
      (c) => /^(small|big)?serial[248]?$/.test(c.type) || c.constraints.some((k) => k.contype === "CONSTR_IDENTITY")
    );
    return cols.length ? [
      {
        at: s,
        object: table,
        message: `Adding auto-increment column ${cols.map((c) => c.name).join(", ")} rewrites ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE to number every row.${tookHere(s)}`
      }
    ] : [];
  })
);

// src/rules/locking/add-column-generated-stored.ts
var add_column_generated_stored_default = rule(
  {
    id: "add-column-generated-stored",
    category: "locking",
    severity: "error",
    summary: "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table.",
    rationale: "The generated value must be computed and stored for every existing row: a full table rewrite under ACCESS EXCLUSIVE.",
    safeAlternative: "Add a plain column filled by a trigger for new rows, backfill in batches; or compute the value in a view or query.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, net numeric, tax numeric);",
      bad: "ALTER TABLE orders ADD COLUMN gross numeric GENERATED ALWAYS AS (net + tax) STORED;",
      good: "ALTER TABLE orders ADD COLUMN gross numeric;\n-- fill it with a trigger for new rows and a batched backfill"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(({ s, table, cmds }) => {
    const cols = columnDefs(cmds.filter((c) => c.subtype === "AT_AddColumn").map((c) => c.def)).filter(
      (c) => c.constraints.some((k) => k.contype === "CONSTR_GENERATED")
    );
    return cols.length ? [
      {
        at: s,
        object: table,
        message: `Adding stored generated column ${cols.map((c) => c.name).join(", ")} rewrites ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)}`
      }
    ] : [];
  })
);

// src/rules/builtinVolatility.ts
var VOLATILE_BUILTINS = new Set("RI_FKey_cascade_del RI_FKey_cascade_upd RI_FKey_check_ins RI_FKey_check_upd RI_FKey_noaction_del RI_FKey_noaction_upd RI_FKey_restrict_del RI_FKey_restrict_upd RI_FKey_setdefault_del RI_FKey_setdefault_upd RI_FKey_setnull_del RI_FKey_setnull_upd amvalidate array_sample array_shuffle bernoulli binary_upgrade_add_sub_rel_state binary_upgrade_create_empty_extension binary_upgrade_logical_slot_has_caught_up binary_upgrade_replorigin_advance binary_upgrade_set_missing_value binary_upgrade_set_next_array_pg_type_oid binary_upgrade_set_next_heap_pg_class_oid binary_upgrade_set_next_heap_relfilenode binary_upgrade_set_next_index_pg_class_oid binary_upgrade_set_next_index_relfilenode binary_upgrade_set_next_multirange_array_pg_type_oid binary_upgrade_set_next_multirange_pg_type_oid binary_upgrade_set_next_pg_authid_oid binary_upgrade_set_next_pg_enum_oid binary_upgrade_set_next_pg_tablespace_oid binary_upgrade_set_next_pg_type_oid binary_upgrade_set_next_toast_pg_class_oid binary_upgrade_set_next_toast_relfilenode binary_upgrade_set_record_init_privs brin_desummarize_range brin_summarize_new_values brin_summarize_range brinhandler bthandler clock_timestamp current_query currtid2 currval cursor_to_xml cursor_to_xmlschema dsnowball_init dsnowball_lexize gen_random_uuid gin_clean_pending_list ginhandler gisthandler hashhandler heap_tableam_handler lastval lo_close lo_creat lo_create lo_export lo_from_bytea lo_get lo_import lo_lseek lo_lseek64 lo_open lo_put lo_tell lo_tell64 lo_truncate lo_truncate64 lo_unlink loread lowrite nextval pg_advisory_lock pg_advisory_lock_shared pg_advisory_unlock pg_advisory_unlock_all pg_advisory_unlock_shared pg_advisory_xact_lock pg_advisory_xact_lock_shared pg_available_wal_summaries pg_backup_start pg_backup_stop pg_blocking_pids pg_cancel_backend pg_clear_attribute_stats pg_clear_relation_stats pg_collation_actual_version pg_control_checkpoint pg_control_init pg_control_recovery pg_control_system pg_copy_logical_replication_slot pg_copy_physical_replication_slot pg_create_logical_replication_slot pg_create_physical_replication_slot pg_create_restore_point pg_current_logfile pg_current_wal_flush_lsn pg_current_wal_insert_lsn pg_current_wal_lsn pg_database_collation_actual_version pg_database_size pg_drop_replication_slot pg_export_snapshot pg_extension_config_dump pg_get_aios pg_get_backend_memory_contexts pg_get_loaded_modules pg_get_multixact_members pg_get_sequence_data pg_get_shmem_allocations pg_get_shmem_allocations_numa pg_get_wait_events pg_get_wal_replay_pause_state pg_get_wal_resource_managers pg_get_wal_summarizer_state pg_hba_file_rules pg_ident_file_mappings pg_import_system_collations pg_indexes_size pg_is_in_recovery pg_is_wal_replay_paused pg_isolation_test_session_is_blocked pg_jit_available pg_last_committed_xact pg_last_wal_receive_lsn pg_last_wal_replay_lsn pg_last_xact_replay_timestamp pg_lock_status pg_log_backend_memory_contexts pg_log_standby_snapshot pg_logical_emit_message pg_logical_slot_get_binary_changes pg_logical_slot_get_changes pg_logical_slot_peek_binary_changes pg_logical_slot_peek_changes pg_ls_archive_statusdir pg_ls_dir pg_ls_logdir pg_ls_logicalmapdir pg_ls_logicalsnapdir pg_ls_replslotdir pg_ls_summariesdir pg_ls_tmpdir pg_ls_waldir pg_nextoid pg_notification_queue_usage pg_notify pg_partition_ancestors pg_partition_tree pg_prepared_xact pg_promote pg_read_binary_file pg_read_file pg_relation_size pg_reload_conf pg_replication_origin_advance pg_replication_origin_create pg_replication_origin_drop pg_replication_origin_progress pg_replication_origin_session_is_setup pg_replication_origin_session_progress pg_replication_origin_session_reset pg_replication_origin_session_setup pg_replication_origin_xact_reset pg_replication_origin_xact_setup pg_replication_slot_advance pg_restore_attribute_stats pg_restore_relation_stats pg_rotate_logfile pg_safe_snapshot_blocking_pids pg_sequence_last_value pg_show_all_file_settings pg_show_replication_origin_status pg_sleep pg_sleep_for pg_sleep_until pg_stat_clear_snapshot pg_stat_file pg_stat_force_next_flush pg_stat_get_backend_io pg_stat_get_backend_wal pg_stat_get_io pg_stat_get_recovery_prefetch pg_stat_get_xact_blocks_fetched pg_stat_get_xact_blocks_hit pg_stat_get_xact_function_calls pg_stat_get_xact_function_self_time pg_stat_get_xact_function_total_time pg_stat_get_xact_numscans pg_stat_get_xact_tuples_deleted pg_stat_get_xact_tuples_fetched pg_stat_get_xact_tuples_hot_updated pg_stat_get_xact_tuples_inserted pg_stat_get_xact_tuples_newpage_updated pg_stat_get_xact_tuples_returned pg_stat_get_xact_tuples_updated pg_stat_have_stats pg_stat_reset pg_stat_reset_backend_stats pg_stat_reset_replication_slot pg_stat_reset_shared pg_stat_reset_single_function_counters pg_stat_reset_single_table_counters pg_stat_reset_slru pg_stat_reset_subscription_stats pg_stop_making_pinned_objects pg_switch_wal pg_sync_replication_slots pg_table_size pg_tablespace_size pg_terminate_backend pg_total_relation_size pg_try_advisory_lock pg_try_advisory_lock_shared pg_try_advisory_xact_lock pg_try_advisory_xact_lock_shared pg_wal_replay_pause pg_wal_replay_resume pg_wal_summary_contents pg_xact_commit_timestamp pg_xact_commit_timestamp_origin pg_xact_status plpgsql_call_handler plpgsql_inline_handler plpgsql_validator query_to_xml query_to_xml_and_xmlschema query_to_xmlschema random random_normal set_config setseed setval spghandler suppress_redundant_updates_trigger system timeofday ts_rewrite ts_stat tsvector_update_trigger tsvector_update_trigger_column txid_status unique_key_recheck uuidv4 uuidv7".split(" "));
var NON_VOLATILE_BUILTINS = new Set("abbrev abs aclcontains acldefault aclexplode aclinsert aclitemeq aclitemin aclitemout aclremove acos acosd acosh age any_in any_out any_value_transfn anyarray_in anyarray_out anyarray_recv anyarray_send anycompatible_in anycompatible_out anycompatiblearray_in anycompatiblearray_out anycompatiblearray_recv anycompatiblearray_send anycompatiblemultirange_in anycompatiblemultirange_out anycompatiblenonarray_in anycompatiblenonarray_out anycompatiblerange_in anycompatiblerange_out anyelement_in anyelement_out anyenum_in anyenum_out anymultirange_in anymultirange_out anynonarray_in anynonarray_out anyrange_in anyrange_out anytextcat area areajoinsel areasel array_agg_array_combine array_agg_array_deserialize array_agg_array_finalfn array_agg_array_serialize array_agg_array_transfn array_agg_combine array_agg_deserialize array_agg_finalfn array_agg_serialize array_agg_transfn array_append array_append_support array_cat array_dims array_eq array_fill array_ge array_gt array_in array_larger array_le array_length array_lower array_lt array_ndims array_ne array_out array_position array_positions array_prepend array_prepend_support array_recv array_remove array_replace array_reverse array_send array_smaller array_sort array_subscript_handler array_subscript_handler_support array_to_json array_to_string array_to_tsvector array_typanalyze array_unnest_support array_upper arraycontained arraycontains arraycontjoinsel arraycontsel arrayoverlap ascii asin asind asinh atan atan2 atan2d atand atanh big5_to_euc_tw big5_to_mic big5_to_utf8 bit bit_count bit_in bit_length bit_out bit_recv bit_send bitand bitcat bitcmp biteq bitge bitgt bitle bitlt bitne bitnot bitor bitshiftleft bitshiftright bittypmodin bittypmodout bitxor bool bool_accum bool_accum_inv bool_alltrue bool_anytrue booland_statefunc booleq boolge boolgt boolin boolle boollt boolne boolor_statefunc boolout boolrecv boolsend bound_box box box_above box_above_eq box_add box_below box_below_eq box_center box_contain box_contain_pt box_contained box_distance box_div box_eq box_ge box_gt box_in box_intersect box_le box_left box_lt box_mul box_out box_overabove box_overbelow box_overlap box_overleft box_overright box_recv box_right box_same box_send box_sub bpchar bpchar_larger bpchar_pattern_ge bpchar_pattern_gt bpchar_pattern_le bpchar_pattern_lt bpchar_smaller bpchar_sortsupport bpcharcmp bpchareq bpcharge bpchargt bpchariclike bpcharicnlike bpcharicregexeq bpcharicregexne bpcharin bpcharle bpcharlike bpcharlt bpcharne bpcharnlike bpcharout bpcharrecv bpcharregexeq bpcharregexne bpcharsend bpchartypmodin bpchartypmodout brin_bloom_add_value brin_bloom_consistent brin_bloom_opcinfo brin_bloom_options brin_bloom_summary_in brin_bloom_summary_out brin_bloom_summary_recv brin_bloom_summary_send brin_bloom_union brin_inclusion_add_value brin_inclusion_consistent brin_inclusion_opcinfo brin_inclusion_union brin_minmax_add_value brin_minmax_consistent brin_minmax_multi_add_value brin_minmax_multi_consistent brin_minmax_multi_distance_date brin_minmax_multi_distance_float4 brin_minmax_multi_distance_float8 brin_minmax_multi_distance_inet brin_minmax_multi_distance_int2 brin_minmax_multi_distance_int4 brin_minmax_multi_distance_int8 brin_minmax_multi_distance_interval brin_minmax_multi_distance_macaddr brin_minmax_multi_distance_macaddr8 brin_minmax_multi_distance_numeric brin_minmax_multi_distance_pg_lsn brin_minmax_multi_distance_tid brin_minmax_multi_distance_time brin_minmax_multi_distance_timestamp brin_minmax_multi_distance_timetz brin_minmax_multi_distance_uuid brin_minmax_multi_opcinfo brin_minmax_multi_options brin_minmax_multi_summary_in brin_minmax_multi_summary_out brin_minmax_multi_summary_recv brin_minmax_multi_summary_send brin_minmax_multi_union brin_minmax_opcinfo brin_minmax_union broadcast btarraycmp btboolcmp btboolskipsupport btbpchar_pattern_cmp btbpchar_pattern_sortsupport btcharcmp btcharskipsupport btequalimage btfloat48cmp btfloat4cmp btfloat4sortsupport btfloat84cmp btfloat8cmp btfloat8sortsupport btint24cmp btint28cmp btint2cmp btint2skipsupport btint2sortsupport btint42cmp btint48cmp btint4cmp btint4skipsupport btint4sortsupport btint82cmp btint84cmp btint8cmp btint8skipsupport btint8sortsupport btnamecmp btnamesortsupport btnametextcmp btoidcmp btoidskipsupport btoidsortsupport btoidvectorcmp btrecordcmp btrecordimagecmp btrim bttext_pattern_cmp bttext_pattern_sortsupport bttextcmp bttextnamecmp bttextsortsupport bttidcmp btvarstrequalimage bytea bytea_larger bytea_smaller bytea_sortsupport bytea_string_agg_finalfn bytea_string_agg_transfn byteacat byteacmp byteaeq byteage byteagt byteain byteale bytealike bytealt byteane byteanlike byteaout bytearecv byteasend cardinality casefold cash_cmp cash_div_cash cash_div_flt4 cash_div_flt8 cash_div_int2 cash_div_int4 cash_div_int8 cash_eq cash_ge cash_gt cash_in cash_le cash_lt cash_mi cash_mul_flt4 cash_mul_flt8 cash_mul_int2 cash_mul_int4 cash_mul_int8 cash_ne cash_out cash_pl cash_recv cash_send cash_words cashlarger cashsmaller cbrt ceil ceiling center char char_length character_length chareq charge chargt charin charle charlt charne charout charrecv charsend chr cideq cidin cidout cidr cidr_in cidr_out cidr_recv cidr_send cidrecv cidsend circle circle_above circle_add_pt circle_below circle_center circle_contain circle_contain_pt circle_contained circle_distance circle_div_pt circle_eq circle_ge circle_gt circle_in circle_le circle_left circle_lt circle_mul_pt circle_ne circle_out circle_overabove circle_overbelow circle_overlap circle_overleft circle_overright circle_recv circle_right circle_same circle_send circle_sub_pt close_ls close_lseg close_pb close_pl close_ps close_sb col_description concat concat_ws contjoinsel contsel convert convert_from convert_to cos cosd cosh cot cotd crc32 crc32c cstring_in cstring_out cstring_recv cstring_send cume_dist_final current_database current_schema current_schemas current_setting current_user database_to_xml database_to_xml_and_xmlschema database_to_xmlschema date date_add date_bin date_cmp date_cmp_timestamp date_cmp_timestamptz date_eq date_eq_timestamp date_eq_timestamptz date_ge date_ge_timestamp date_ge_timestamptz date_gt date_gt_timestamp date_gt_timestamptz date_in date_larger date_le date_le_timestamp date_le_timestamptz date_lt date_lt_timestamp date_lt_timestamptz date_mi date_mi_interval date_mii date_ne date_ne_timestamp date_ne_timestamptz date_out date_part date_pl_interval date_pli date_recv date_send date_skipsupport date_smaller date_sortsupport date_subtract date_trunc datemultirange daterange daterange_canonical daterange_subdiff datetime_pl datetimetz_pl dcbrt decode degrees dense_rank_final dexp diagonal diameter dispell_init dispell_lexize dist_bp dist_bs dist_cpoint dist_cpoly dist_lp dist_ls dist_pathp dist_pb dist_pc dist_pl dist_polyc dist_polyp dist_ppath dist_ppoly dist_ps dist_sb dist_sl dist_sp div dlog1 dlog10 domain_in domain_recv dpow dround dsimple_init dsimple_lexize dsqrt dsynonym_init dsynonym_lexize dtrunc elem_contained_by_multirange elem_contained_by_range elem_contained_by_range_support encode enum_cmp enum_eq enum_first enum_ge enum_gt enum_in enum_larger enum_last enum_le enum_lt enum_ne enum_out enum_range enum_recv enum_send enum_smaller eqjoinsel eqsel erf erfc euc_cn_to_mic euc_cn_to_utf8 euc_jis_2004_to_shift_jis_2004 euc_jis_2004_to_utf8 euc_jp_to_mic euc_jp_to_sjis euc_jp_to_utf8 euc_kr_to_mic euc_kr_to_utf8 euc_tw_to_big5 euc_tw_to_mic euc_tw_to_utf8 event_trigger_in event_trigger_out exp extract factorial family fdw_handler_in fdw_handler_out float4 float48div float48eq float48ge float48gt float48le float48lt float48mi float48mul float48ne float48pl float4_accum float4abs float4div float4eq float4ge float4gt float4in float4larger float4le float4lt float4mi float4mul float4ne float4out float4pl float4recv float4send float4smaller float4um float4up float8 float84div float84eq float84ge float84gt float84le float84lt float84mi float84mul float84ne float84pl float8_accum float8_avg float8_combine float8_corr float8_covar_pop float8_covar_samp float8_regr_accum float8_regr_avgx float8_regr_avgy float8_regr_combine float8_regr_intercept float8_regr_r2 float8_regr_slope float8_regr_sxx float8_regr_sxy float8_regr_syy float8_stddev_pop float8_stddev_samp float8_var_pop float8_var_samp float8abs float8div float8eq float8ge float8gt float8in float8larger float8le float8lt float8mi float8mul float8ne float8out float8pl float8recv float8send float8smaller float8um float8up floor flt4_mul_cash flt8_mul_cash fmgr_c_validator fmgr_internal_validator fmgr_sql_validator format format_type gamma gb18030_to_utf8 gbk_to_utf8 gcd generate_series generate_series_int4_support generate_series_int8_support generate_series_numeric_support generate_series_timestamp_support generate_subscripts get_bit get_byte get_current_ts_config getdatabaseencoding getpgusername gin_cmp_prefix gin_cmp_tslexeme gin_compare_jsonb gin_consistent_jsonb gin_consistent_jsonb_path gin_extract_jsonb gin_extract_jsonb_path gin_extract_jsonb_query gin_extract_jsonb_query_path gin_extract_tsquery gin_extract_tsvector gin_triconsistent_jsonb gin_triconsistent_jsonb_path gin_tsquery_consistent gin_tsquery_triconsistent ginarrayconsistent ginarrayextract ginarraytriconsistent ginqueryarrayextract gist_box_consistent gist_box_distance gist_box_penalty gist_box_picksplit gist_box_same gist_box_union gist_circle_compress gist_circle_consistent gist_circle_distance gist_point_compress gist_point_consistent gist_point_distance gist_point_fetch gist_point_sortsupport gist_poly_compress gist_poly_consistent gist_poly_distance gist_translate_cmptype_common gtsquery_compress gtsquery_consistent gtsquery_penalty gtsquery_picksplit gtsquery_same gtsquery_union gtsvector_compress gtsvector_consistent gtsvector_decompress gtsvector_options gtsvector_penalty gtsvector_picksplit gtsvector_same gtsvector_union gtsvectorin gtsvectorout has_any_column_privilege has_column_privilege has_database_privilege has_foreign_data_wrapper_privilege has_function_privilege has_language_privilege has_largeobject_privilege has_parameter_privilege has_schema_privilege has_sequence_privilege has_server_privilege has_table_privilege has_tablespace_privilege has_type_privilege hash_aclitem hash_aclitem_extended hash_array hash_array_extended hash_multirange hash_multirange_extended hash_numeric hash_numeric_extended hash_range hash_range_extended hash_record hash_record_extended hashbool hashboolextended hashbpchar hashbpcharextended hashbytea hashbyteaextended hashchar hashcharextended hashcid hashcidextended hashdate hashdateextended hashenum hashenumextended hashfloat4 hashfloat4extended hashfloat8 hashfloat8extended hashinet hashinetextended hashint2 hashint2extended hashint4 hashint4extended hashint8 hashint8extended hashmacaddr hashmacaddr8 hashmacaddr8extended hashmacaddrextended hashname hashnameextended hashoid hashoidextended hashoidvector hashoidvectorextended hashtext hashtextextended hashtid hashtidextended hashvarlena hashvarlenaextended hashxid hashxid8 hashxid8extended hashxidextended height host hostmask iclikejoinsel iclikesel icnlikejoinsel icnlikesel icregexeqjoinsel icregexeqsel icregexnejoinsel icregexnesel icu_unicode_version in_range index_am_handler_in index_am_handler_out inet_client_addr inet_client_port inet_gist_compress inet_gist_consistent inet_gist_fetch inet_gist_penalty inet_gist_picksplit inet_gist_same inet_gist_union inet_in inet_merge inet_out inet_recv inet_same_family inet_send inet_server_addr inet_server_port inet_spg_choose inet_spg_config inet_spg_inner_consistent inet_spg_leaf_consistent inet_spg_picksplit inetand inetmi inetmi_int8 inetnot inetor inetpl initcap int2 int24div int24eq int24ge int24gt int24le int24lt int24mi int24mul int24ne int24pl int28div int28eq int28ge int28gt int28le int28lt int28mi int28mul int28ne int28pl int2_accum int2_accum_inv int2_avg_accum int2_avg_accum_inv int2_mul_cash int2_sum int2abs int2and int2div int2eq int2ge int2gt int2in int2int4_sum int2larger int2le int2lt int2mi int2mod int2mul int2ne int2not int2or int2out int2pl int2recv int2send int2shl int2shr int2smaller int2um int2up int2vectorin int2vectorout int2vectorrecv int2vectorsend int2xor int4 int42div int42eq int42ge int42gt int42le int42lt int42mi int42mul int42ne int42pl int48div int48eq int48ge int48gt int48le int48lt int48mi int48mul int48ne int48pl int4_accum int4_accum_inv int4_avg_accum int4_avg_accum_inv int4_avg_combine int4_mul_cash int4_sum int4abs int4and int4div int4eq int4ge int4gt int4in int4inc int4larger int4le int4lt int4mi int4mod int4mul int4multirange int4ne int4not int4or int4out int4pl int4range int4range_canonical int4range_subdiff int4recv int4send int4shl int4shr int4smaller int4um int4up int4xor int8 int82div int82eq int82ge int82gt int82le int82lt int82mi int82mul int82ne int82pl int84div int84eq int84ge int84gt int84le int84lt int84mi int84mul int84ne int84pl int8_accum int8_accum_inv int8_avg int8_avg_accum int8_avg_accum_inv int8_avg_combine int8_avg_deserialize int8_avg_serialize int8_mul_cash int8_sum int8abs int8and int8dec int8dec_any int8div int8eq int8ge int8gt int8in int8inc int8inc_any int8inc_float8_float8 int8inc_support int8larger int8le int8lt int8mi int8mod int8mul int8multirange int8ne int8not int8or int8out int8pl int8pl_inet int8range int8range_canonical int8range_subdiff int8recv int8send int8shl int8shr int8smaller int8um int8up int8xor integer_pl_date inter_lb inter_sb inter_sl internal_in internal_out interval interval_avg interval_avg_accum interval_avg_accum_inv interval_avg_combine interval_avg_deserialize interval_avg_serialize interval_cmp interval_div interval_eq interval_ge interval_gt interval_hash interval_hash_extended interval_in interval_larger interval_le interval_lt interval_mi interval_mul interval_ne interval_out interval_pl interval_pl_date interval_pl_time interval_pl_timestamp interval_pl_timestamptz interval_pl_timetz interval_recv interval_send interval_smaller interval_sum interval_support interval_um intervaltypmodin intervaltypmodout is_normalized isclosed isempty isfinite ishorizontal iso8859_1_to_utf8 iso8859_to_utf8 iso_to_koi8r iso_to_mic iso_to_win1251 iso_to_win866 isopen isparallel isperp isvertical johab_to_utf8 json_agg_finalfn json_agg_strict_transfn json_agg_transfn json_array_element json_array_element_text json_array_elements json_array_elements_text json_array_length json_build_array json_build_object json_each json_each_text json_extract_path json_extract_path_text json_in json_object json_object_agg_finalfn json_object_agg_strict_transfn json_object_agg_transfn json_object_agg_unique_strict_transfn json_object_agg_unique_transfn json_object_field json_object_field_text json_object_keys json_out json_populate_record json_populate_recordset json_recv json_send json_strip_nulls json_to_record json_to_recordset json_to_tsvector json_typeof jsonb_agg_finalfn jsonb_agg_strict_transfn jsonb_agg_transfn jsonb_array_element jsonb_array_element_text jsonb_array_elements jsonb_array_elements_text jsonb_array_length jsonb_build_array jsonb_build_object jsonb_cmp jsonb_concat jsonb_contained jsonb_contains jsonb_delete jsonb_delete_path jsonb_each jsonb_each_text jsonb_eq jsonb_exists jsonb_exists_all jsonb_exists_any jsonb_extract_path jsonb_extract_path_text jsonb_ge jsonb_gt jsonb_hash jsonb_hash_extended jsonb_in jsonb_insert jsonb_le jsonb_lt jsonb_ne jsonb_object jsonb_object_agg_finalfn jsonb_object_agg_strict_transfn jsonb_object_agg_transfn jsonb_object_agg_unique_strict_transfn jsonb_object_agg_unique_transfn jsonb_object_field jsonb_object_field_text jsonb_object_keys jsonb_out jsonb_path_exists jsonb_path_exists_opr jsonb_path_exists_tz jsonb_path_match jsonb_path_match_opr jsonb_path_match_tz jsonb_path_query jsonb_path_query_array jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz jsonb_path_query_tz jsonb_populate_record jsonb_populate_record_valid jsonb_populate_recordset jsonb_pretty jsonb_recv jsonb_send jsonb_set jsonb_set_lax jsonb_strip_nulls jsonb_subscript_handler jsonb_to_record jsonb_to_recordset jsonb_to_tsvector jsonb_typeof jsonpath_in jsonpath_out jsonpath_recv jsonpath_send justify_days justify_hours justify_interval koi8r_to_iso koi8r_to_mic koi8r_to_utf8 koi8r_to_win1251 koi8r_to_win866 koi8u_to_utf8 language_handler_in language_handler_out latin1_to_mic latin2_to_mic latin2_to_win1250 latin3_to_mic latin4_to_mic lcm left length lgamma like like_escape likejoinsel likesel line line_distance line_eq line_horizontal line_in line_interpt line_intersect line_out line_parallel line_perp line_recv line_send line_vertical ln log log10 lower lower_inc lower_inf lpad lseg lseg_center lseg_distance lseg_eq lseg_ge lseg_gt lseg_horizontal lseg_in lseg_interpt lseg_intersect lseg_le lseg_length lseg_lt lseg_ne lseg_out lseg_parallel lseg_perp lseg_recv lseg_send lseg_vertical ltrim macaddr macaddr8 macaddr8_and macaddr8_cmp macaddr8_eq macaddr8_ge macaddr8_gt macaddr8_in macaddr8_le macaddr8_lt macaddr8_ne macaddr8_not macaddr8_or macaddr8_out macaddr8_recv macaddr8_send macaddr8_set7bit macaddr_and macaddr_cmp macaddr_eq macaddr_ge macaddr_gt macaddr_in macaddr_le macaddr_lt macaddr_ne macaddr_not macaddr_or macaddr_out macaddr_recv macaddr_send macaddr_sortsupport make_date make_interval make_time make_timestamp make_timestamptz makeaclitem masklen matchingjoinsel matchingsel md5 mic_to_big5 mic_to_euc_cn mic_to_euc_jp mic_to_euc_kr mic_to_euc_tw mic_to_iso mic_to_koi8r mic_to_latin1 mic_to_latin2 mic_to_latin3 mic_to_latin4 mic_to_sjis mic_to_win1250 mic_to_win1251 mic_to_win866 min_scale mod mode_final money mul_d_interval multirange multirange_adjacent_multirange multirange_adjacent_range multirange_after_multirange multirange_after_range multirange_agg_finalfn multirange_agg_transfn multirange_before_multirange multirange_before_range multirange_cmp multirange_contained_by_multirange multirange_contained_by_range multirange_contains_elem multirange_contains_multirange multirange_contains_range multirange_eq multirange_ge multirange_gist_compress multirange_gist_consistent multirange_gt multirange_in multirange_intersect multirange_intersect_agg_transfn multirange_le multirange_lt multirange_minus multirange_ne multirange_out multirange_overlaps_multirange multirange_overlaps_range multirange_overleft_multirange multirange_overleft_range multirange_overright_multirange multirange_overright_range multirange_recv multirange_send multirange_typanalyze multirange_union multirangesel mxid_age name nameconcatoid nameeq nameeqtext namege namegetext namegt namegttext nameiclike nameicnlike nameicregexeq nameicregexne namein namele nameletext namelike namelt namelttext namene namenetext namenlike nameout namerecv nameregexeq nameregexne namesend neqjoinsel neqsel netmask network network_cmp network_eq network_ge network_gt network_larger network_le network_lt network_ne network_overlap network_smaller network_sortsupport network_sub network_subeq network_subset_support network_sup network_supeq networkjoinsel networksel nlikejoinsel nlikesel normalize notlike now npoints num_nonnulls num_nulls numeric numeric_abs numeric_accum numeric_accum_inv numeric_add numeric_avg numeric_avg_accum numeric_avg_combine numeric_avg_deserialize numeric_avg_serialize numeric_cmp numeric_combine numeric_deserialize numeric_div numeric_div_trunc numeric_eq numeric_exp numeric_ge numeric_gt numeric_in numeric_inc numeric_larger numeric_le numeric_ln numeric_log numeric_lt numeric_mod numeric_mul numeric_ne numeric_out numeric_pl_pg_lsn numeric_poly_avg numeric_poly_combine numeric_poly_deserialize numeric_poly_serialize numeric_poly_stddev_pop numeric_poly_stddev_samp numeric_poly_sum numeric_poly_var_pop numeric_poly_var_samp numeric_power numeric_recv numeric_send numeric_serialize numeric_smaller numeric_sortsupport numeric_sqrt numeric_stddev_pop numeric_stddev_samp numeric_sub numeric_sum numeric_support numeric_uminus numeric_uplus numeric_var_pop numeric_var_samp numerictypmodin numerictypmodout nummultirange numnode numrange numrange_subdiff obj_description octet_length oid oideq oidge oidgt oidin oidlarger oidle oidlt oidne oidout oidrecv oidsend oidsmaller oidvectoreq oidvectorge oidvectorgt oidvectorin oidvectorle oidvectorlt oidvectorne oidvectorout oidvectorrecv oidvectorsend oidvectortypes on_pb on_pl on_ppath on_ps on_sb on_sl ordered_set_transition ordered_set_transition_multi overlaps overlay parse_ident path path_add path_add_pt path_contain_pt path_distance path_div_pt path_in path_inter path_length path_mul_pt path_n_eq path_n_ge path_n_gt path_n_le path_n_lt path_npoints path_out path_recv path_send path_sub_pt pclose percent_rank_final percentile_cont_float8_final percentile_cont_float8_multi_final percentile_cont_interval_final percentile_cont_interval_multi_final percentile_disc_final percentile_disc_multi_final pg_available_extension_versions pg_available_extensions pg_backend_pid pg_basetype pg_char_to_encoding pg_client_encoding pg_collation_for pg_collation_is_visible pg_column_compression pg_column_is_updatable pg_column_size pg_column_toast_chunk_id pg_conf_load_time pg_config pg_conversion_is_visible pg_current_snapshot pg_current_xact_id pg_current_xact_id_if_assigned pg_cursor pg_ddl_command_in pg_ddl_command_out pg_ddl_command_recv pg_ddl_command_send pg_dependencies_in pg_dependencies_out pg_dependencies_recv pg_dependencies_send pg_describe_object pg_encoding_max_length pg_encoding_to_char pg_event_trigger_ddl_commands pg_event_trigger_dropped_objects pg_event_trigger_table_rewrite_oid pg_event_trigger_table_rewrite_reason pg_extension_update_paths pg_filenode_relation pg_function_is_visible pg_get_acl pg_get_catalog_foreign_keys pg_get_constraintdef pg_get_expr pg_get_function_arg_default pg_get_function_arguments pg_get_function_identity_arguments pg_get_function_result pg_get_function_sqlbody pg_get_functiondef pg_get_indexdef pg_get_keywords pg_get_object_address pg_get_partition_constraintdef pg_get_partkeydef pg_get_publication_tables pg_get_replica_identity_index pg_get_replication_slots pg_get_ruledef pg_get_serial_sequence pg_get_statisticsobjdef pg_get_statisticsobjdef_columns pg_get_statisticsobjdef_expressions pg_get_triggerdef pg_get_userbyid pg_get_viewdef pg_has_role pg_identify_object pg_identify_object_as_address pg_index_column_has_property pg_index_has_property pg_indexam_has_property pg_indexam_progress_phasename pg_input_error_info pg_input_is_valid pg_is_other_temp_schema pg_listening_channels pg_lsn pg_lsn_cmp pg_lsn_eq pg_lsn_ge pg_lsn_gt pg_lsn_hash pg_lsn_hash_extended pg_lsn_in pg_lsn_larger pg_lsn_le pg_lsn_lt pg_lsn_mi pg_lsn_mii pg_lsn_ne pg_lsn_out pg_lsn_pli pg_lsn_recv pg_lsn_send pg_lsn_smaller pg_mcv_list_in pg_mcv_list_items pg_mcv_list_out pg_mcv_list_recv pg_mcv_list_send pg_my_temp_schema pg_ndistinct_in pg_ndistinct_out pg_ndistinct_recv pg_ndistinct_send pg_node_tree_in pg_node_tree_out pg_node_tree_recv pg_node_tree_send pg_numa_available pg_opclass_is_visible pg_operator_is_visible pg_opfamily_is_visible pg_options_to_table pg_partition_root pg_postmaster_start_time pg_prepared_statement pg_relation_filenode pg_relation_filepath pg_relation_is_publishable pg_relation_is_updatable pg_replication_origin_oid pg_sequence_parameters pg_settings_get_flags pg_show_all_settings pg_size_bytes pg_size_pretty pg_snapshot_in pg_snapshot_out pg_snapshot_recv pg_snapshot_send pg_snapshot_xip pg_snapshot_xmax pg_snapshot_xmin pg_split_walfile_name pg_stat_get_activity pg_stat_get_analyze_count pg_stat_get_archiver pg_stat_get_autoanalyze_count pg_stat_get_autovacuum_count pg_stat_get_backend_activity pg_stat_get_backend_activity_start pg_stat_get_backend_client_addr pg_stat_get_backend_client_port pg_stat_get_backend_dbid pg_stat_get_backend_idset pg_stat_get_backend_pid pg_stat_get_backend_start pg_stat_get_backend_subxact pg_stat_get_backend_userid pg_stat_get_backend_wait_event pg_stat_get_backend_wait_event_type pg_stat_get_backend_xact_start pg_stat_get_bgwriter_buf_written_clean pg_stat_get_bgwriter_maxwritten_clean pg_stat_get_bgwriter_stat_reset_time pg_stat_get_blocks_fetched pg_stat_get_blocks_hit pg_stat_get_buf_alloc pg_stat_get_checkpointer_buffers_written pg_stat_get_checkpointer_num_performed pg_stat_get_checkpointer_num_requested pg_stat_get_checkpointer_num_timed pg_stat_get_checkpointer_restartpoints_performed pg_stat_get_checkpointer_restartpoints_requested pg_stat_get_checkpointer_restartpoints_timed pg_stat_get_checkpointer_slru_written pg_stat_get_checkpointer_stat_reset_time pg_stat_get_checkpointer_sync_time pg_stat_get_checkpointer_write_time pg_stat_get_db_active_time pg_stat_get_db_blk_read_time pg_stat_get_db_blk_write_time pg_stat_get_db_blocks_fetched pg_stat_get_db_blocks_hit pg_stat_get_db_checksum_failures pg_stat_get_db_checksum_last_failure pg_stat_get_db_conflict_all pg_stat_get_db_conflict_bufferpin pg_stat_get_db_conflict_lock pg_stat_get_db_conflict_logicalslot pg_stat_get_db_conflict_snapshot pg_stat_get_db_conflict_startup_deadlock pg_stat_get_db_conflict_tablespace pg_stat_get_db_deadlocks pg_stat_get_db_idle_in_transaction_time pg_stat_get_db_numbackends pg_stat_get_db_parallel_workers_launched pg_stat_get_db_parallel_workers_to_launch pg_stat_get_db_session_time pg_stat_get_db_sessions pg_stat_get_db_sessions_abandoned pg_stat_get_db_sessions_fatal pg_stat_get_db_sessions_killed pg_stat_get_db_stat_reset_time pg_stat_get_db_temp_bytes pg_stat_get_db_temp_files pg_stat_get_db_tuples_deleted pg_stat_get_db_tuples_fetched pg_stat_get_db_tuples_inserted pg_stat_get_db_tuples_returned pg_stat_get_db_tuples_updated pg_stat_get_db_xact_commit pg_stat_get_db_xact_rollback pg_stat_get_dead_tuples pg_stat_get_function_calls pg_stat_get_function_self_time pg_stat_get_function_total_time pg_stat_get_ins_since_vacuum pg_stat_get_last_analyze_time pg_stat_get_last_autoanalyze_time pg_stat_get_last_autovacuum_time pg_stat_get_last_vacuum_time pg_stat_get_lastscan pg_stat_get_live_tuples pg_stat_get_mod_since_analyze pg_stat_get_numscans pg_stat_get_progress_info pg_stat_get_replication_slot pg_stat_get_slru pg_stat_get_snapshot_timestamp pg_stat_get_subscription pg_stat_get_subscription_stats pg_stat_get_total_analyze_time pg_stat_get_total_autoanalyze_time pg_stat_get_total_autovacuum_time pg_stat_get_total_vacuum_time pg_stat_get_tuples_deleted pg_stat_get_tuples_fetched pg_stat_get_tuples_hot_updated pg_stat_get_tuples_inserted pg_stat_get_tuples_newpage_updated pg_stat_get_tuples_returned pg_stat_get_tuples_updated pg_stat_get_vacuum_count pg_stat_get_wal pg_stat_get_wal_receiver pg_stat_get_wal_senders pg_statistics_obj_is_visible pg_table_is_visible pg_tablespace_databases pg_tablespace_location pg_timezone_abbrevs_abbrevs pg_timezone_abbrevs_zone pg_timezone_names pg_trigger_depth pg_ts_config_is_visible pg_ts_dict_is_visible pg_ts_parser_is_visible pg_ts_template_is_visible pg_type_is_visible pg_typeof pg_visible_in_snapshot pg_wal_lsn_diff pg_walfile_name pg_walfile_name_offset phraseto_tsquery pi plainto_tsquery point point_above point_add point_below point_distance point_div point_eq point_horiz point_in point_left point_mul point_ne point_out point_recv point_right point_send point_sub point_vert poly_above poly_below poly_center poly_contain poly_contain_pt poly_contained poly_distance poly_in poly_left poly_npoints poly_out poly_overabove poly_overbelow poly_overlap poly_overleft poly_overright poly_recv poly_right poly_same poly_send polygon popen position positionjoinsel positionsel postgresql_fdw_validator pow power prefixjoinsel prefixsel prsd_end prsd_headline prsd_lextype prsd_nexttoken prsd_start pt_contained_circle pt_contained_poly querytree quote_ident quote_literal quote_nullable radians radius range_adjacent range_adjacent_multirange range_after range_after_multirange range_agg_finalfn range_agg_transfn range_before range_before_multirange range_cmp range_contained_by range_contained_by_multirange range_contains range_contains_elem range_contains_elem_support range_contains_multirange range_eq range_ge range_gist_consistent range_gist_penalty range_gist_picksplit range_gist_same range_gist_union range_gt range_in range_intersect range_intersect_agg_transfn range_le range_lt range_merge range_minus range_ne range_out range_overlaps range_overlaps_multirange range_overleft range_overleft_multirange range_overright range_overright_multirange range_recv range_send range_sortsupport range_typanalyze range_union rangesel rank_final raw_array_subscript_handler record_eq record_ge record_gt record_image_eq record_image_ge record_image_gt record_image_le record_image_lt record_image_ne record_in record_larger record_le record_lt record_ne record_out record_recv record_send record_smaller regclass regclassin regclassout regclassrecv regclasssend regcollationin regcollationout regcollationrecv regcollationsend regconfigin regconfigout regconfigrecv regconfigsend regdictionaryin regdictionaryout regdictionaryrecv regdictionarysend regexeqjoinsel regexeqsel regexnejoinsel regexnesel regexp_count regexp_instr regexp_like regexp_match regexp_matches regexp_replace regexp_split_to_array regexp_split_to_table regexp_substr regnamespacein regnamespaceout regnamespacerecv regnamespacesend regoperatorin regoperatorout regoperatorrecv regoperatorsend regoperin regoperout regoperrecv regopersend regprocedurein regprocedureout regprocedurerecv regproceduresend regprocin regprocout regprocrecv regprocsend regrolein regroleout regrolerecv regrolesend regtypein regtypeout regtyperecv regtypesend repeat replace reverse right round row_security_active row_to_json rpad rtrim satisfies_hash_partition scalargejoinsel scalargesel scalargtjoinsel scalargtsel scalarlejoinsel scalarlesel scalarltjoinsel scalarltsel scale schema_to_xml schema_to_xml_and_xmlschema schema_to_xmlschema session_user set_bit set_byte set_masklen setweight sha224 sha256 sha384 sha512 shell_in shell_out shift_jis_2004_to_euc_jis_2004 shift_jis_2004_to_utf8 shobj_description sign similar_escape similar_to_escape sin sind sinh sjis_to_euc_jp sjis_to_mic sjis_to_utf8 slope spg_bbox_quad_config spg_box_quad_choose spg_box_quad_config spg_box_quad_inner_consistent spg_box_quad_leaf_consistent spg_box_quad_picksplit spg_kd_choose spg_kd_config spg_kd_inner_consistent spg_kd_picksplit spg_poly_quad_compress spg_quad_choose spg_quad_config spg_quad_inner_consistent spg_quad_leaf_consistent spg_quad_picksplit spg_range_quad_choose spg_range_quad_config spg_range_quad_inner_consistent spg_range_quad_leaf_consistent spg_range_quad_picksplit spg_text_choose spg_text_config spg_text_inner_consistent spg_text_leaf_consistent spg_text_picksplit split_part sqrt starts_with statement_timestamp string_agg_combine string_agg_deserialize string_agg_finalfn string_agg_serialize string_agg_transfn string_to_array string_to_table strip strpos substr substring system_user table_am_handler_in table_am_handler_out table_to_xml table_to_xml_and_xmlschema table_to_xmlschema tan tand tanh text text_ge text_gt text_larger text_le text_lt text_pattern_ge text_pattern_gt text_pattern_le text_pattern_lt text_smaller text_starts_with_support textanycat textcat texteq texteqname textgename textgtname texticlike texticlike_support texticnlike texticregexeq texticregexeq_support texticregexne textin textlen textlename textlike textlike_support textltname textne textnename textnlike textout textrecv textregexeq textregexeq_support textregexne textsend thesaurus_init thesaurus_lexize tideq tidge tidgt tidin tidlarger tidle tidlt tidne tidout tidrecv tidsend tidsmaller time time_cmp time_eq time_ge time_gt time_hash time_hash_extended time_in time_larger time_le time_lt time_mi_interval time_mi_time time_ne time_out time_pl_interval time_recv time_send time_smaller time_support timedate_pl timestamp timestamp_cmp timestamp_cmp_date timestamp_cmp_timestamptz timestamp_eq timestamp_eq_date timestamp_eq_timestamptz timestamp_ge timestamp_ge_date timestamp_ge_timestamptz timestamp_gt timestamp_gt_date timestamp_gt_timestamptz timestamp_hash timestamp_hash_extended timestamp_in timestamp_larger timestamp_le timestamp_le_date timestamp_le_timestamptz timestamp_lt timestamp_lt_date timestamp_lt_timestamptz timestamp_mi timestamp_mi_interval timestamp_ne timestamp_ne_date timestamp_ne_timestamptz timestamp_out timestamp_pl_interval timestamp_recv timestamp_send timestamp_skipsupport timestamp_smaller timestamp_sortsupport timestamp_support timestamptypmodin timestamptypmodout timestamptz timestamptz_cmp timestamptz_cmp_date timestamptz_cmp_timestamp timestamptz_eq timestamptz_eq_date timestamptz_eq_timestamp timestamptz_ge timestamptz_ge_date timestamptz_ge_timestamp timestamptz_gt timestamptz_gt_date timestamptz_gt_timestamp timestamptz_hash timestamptz_hash_extended timestamptz_in timestamptz_larger timestamptz_le timestamptz_le_date timestamptz_le_timestamp timestamptz_lt timestamptz_lt_date timestamptz_lt_timestamp timestamptz_mi timestamptz_mi_interval timestamptz_ne timestamptz_ne_date timestamptz_ne_timestamp timestamptz_out timestamptz_pl_interval timestamptz_recv timestamptz_send timestamptz_smaller timestamptztypmodin timestamptztypmodout timetypmodin timetypmodout timetz timetz_cmp timetz_eq timetz_ge timetz_gt timetz_hash timetz_hash_extended timetz_in timetz_larger timetz_le timetz_lt timetz_mi_interval timetz_ne timetz_out timetz_pl_interval timetz_recv timetz_send timetz_smaller timetzdate_pl timetztypmodin timetztypmodout timezone to_ascii to_bin to_char to_date to_hex to_json to_jsonb to_number to_oct to_regclass to_regcollation to_regnamespace to_regoper to_regoperator to_regproc to_regprocedure to_regrole to_regtype to_regtypemod to_timestamp to_tsquery to_tsvector transaction_timestamp translate trigger_in trigger_out trim_array trim_scale trunc ts_debug ts_delete ts_filter ts_headline ts_lexize ts_match_qv ts_match_tq ts_match_tt ts_match_vq ts_parse ts_rank ts_rank_cd ts_token_type ts_typanalyze tsm_handler_in tsm_handler_out tsmatchjoinsel tsmatchsel tsmultirange tsq_mcontained tsq_mcontains tsquery_and tsquery_cmp tsquery_eq tsquery_ge tsquery_gt tsquery_le tsquery_lt tsquery_ne tsquery_not tsquery_or tsquery_phrase tsqueryin tsqueryout tsqueryrecv tsquerysend tsrange tsrange_subdiff tstzmultirange tstzrange tstzrange_subdiff tsvector_cmp tsvector_concat tsvector_eq tsvector_ge tsvector_gt tsvector_le tsvector_lt tsvector_ne tsvector_to_array tsvectorin tsvectorout tsvectorrecv tsvectorsend txid_current txid_current_if_assigned txid_current_snapshot txid_snapshot_in txid_snapshot_out txid_snapshot_recv txid_snapshot_send txid_snapshot_xip txid_snapshot_xmax txid_snapshot_xmin txid_visible_in_snapshot uhc_to_utf8 unicode_assigned unicode_version unistr unknownin unknownout unknownrecv unknownsend unnest upper upper_inc upper_inf utf8_to_big5 utf8_to_euc_cn utf8_to_euc_jis_2004 utf8_to_euc_jp utf8_to_euc_kr utf8_to_euc_tw utf8_to_gb18030 utf8_to_gbk utf8_to_iso8859 utf8_to_iso8859_1 utf8_to_johab utf8_to_koi8r utf8_to_koi8u utf8_to_shift_jis_2004 utf8_to_sjis utf8_to_uhc utf8_to_win uuid_cmp uuid_eq uuid_extract_timestamp uuid_extract_version uuid_ge uuid_gt uuid_hash uuid_hash_extended uuid_in uuid_le uuid_lt uuid_ne uuid_out uuid_recv uuid_send uuid_skipsupport uuid_sortsupport varbit varbit_in varbit_out varbit_recv varbit_send varbit_support varbitcmp varbiteq varbitge varbitgt varbitle varbitlt varbitne varbittypmodin varbittypmodout varchar varchar_support varcharin varcharout varcharrecv varcharsend varchartypmodin varchartypmodout version void_in void_out void_recv void_send websearch_to_tsquery width width_bucket win1250_to_latin2 win1250_to_mic win1251_to_iso win1251_to_koi8r win1251_to_mic win1251_to_win866 win866_to_iso win866_to_koi8r win866_to_mic win866_to_win1251 win_to_utf8 window_cume_dist_support window_dense_rank_support window_ntile_support window_percent_rank_support window_rank_support window_row_number_support xid xid8_larger xid8_smaller xid8cmp xid8eq xid8ge xid8gt xid8in xid8le xid8lt xid8ne xid8out xid8recv xid8send xideq xideqint4 xidin xidneq xidneqint4 xidout xidrecv xidsend xml xml_in xml_is_well_formed xml_is_well_formed_content xml_is_well_formed_document xml_out xml_recv xml_send xmlcomment xmlconcat2 xmlexists xmltext xmlvalidate xpath xpath_exists".split(" "));

// src/rules/locking/add-column-volatile-default.ts
var NON_VOLATILE_EXTENSION = /* @__PURE__ */ new Set([
  "uuid_generate_v3",
  "uuid_generate_v5",
  "uuid_nil",
  "uuid_ns_dns",
  "uuid_ns_url",
  "uuid_ns_oid",
  "uuid_ns_x500",
  "digest",
  "hmac"
]);
var evaluatedOnce = (name) => {
  const bare = name.replace(/^pg_catalog\./, "");
  return NON_VOLATILE_BUILTINS.has(bare) || NON_VOLATILE_EXTENSION.has(bare);
};
var add_column_volatile_default_default = rule(
  {
    id: "add-column-volatile-default",
    category: "locking",
    severity: "error",
    summary: "ADD COLUMN whose default makes PostgreSQL rewrite the table (a volatile default).",
    rationale: "Since PostgreSQL 11 a constant or stable default is stored once; a volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) must be computed for every existing row, so the whole table is rewritten under ACCESS EXCLUSIVE: no reads or writes until it is done.",
    safeAlternative: "Add the column without a default (or with a constant one), set the default for new rows with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE accounts ADD COLUMN public_id uuid DEFAULT gen_random_uuid();",
      good: "ALTER TABLE accounts ADD COLUMN public_id uuid;\nALTER TABLE accounts ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n-- then backfill existing rows in batches"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(({ s, table, cmds }) => {
    const added = columnDefs(cmds.filter((c) => c.subtype === "AT_AddColumn").map((c) => c.def));
    const volatile = added.filter((col) => {
      const def = col.constraints.find((c) => c.contype === "CONSTR_DEFAULT");
      return def && calledFunctions(def.raw_expr).some((f) => !evaluatedOnce(f));
    });
    if (!volatile.length) return [];
    if (measuredRewrite(s, table) === false) return [];
    return [
      {
        at: s,
        object: table,
        message: `Adding ${volatile.map((c) => c.name).join(", ")} with a volatile default ${measuredRewrite(s, table) ? "rewrote" : "rewrites"} ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE: no reads or writes until it is done.${tookHere(s)} Add the column without it, SET DEFAULT, then backfill in batches.`
      }
    ];
  })
);

// src/rules/fixes.ts
var split = /* @__PURE__ */ new WeakMap();
function lines(s) {
  let all = split.get(s.migration);
  if (!all) split.set(s.migration, all = s.migration.text.split("\n"));
  return all;
}
function replaceInStatement(s, pattern, replace) {
  const all = lines(s);
  for (let line = s.stmt.start.line; line <= s.stmt.end.line; line++) {
    const text = all[line - 1] ?? "";
    if (pattern.test(text)) return { startLine: line, endLine: line, replacement: text.replace(pattern, replace) };
  }
  return void 0;
}
var columnLines = /* @__PURE__ */ new Map();
function replaceInColumnLine(s, column, pattern, replace) {
  const all = lines(s);
  let definesColumn = columnLines.get(column);
  if (!definesColumn) columnLines.set(column, definesColumn = new RegExp(`(^|[\\s,("])"?${escapeStringRegexp(column)}"?\\s+`, "i"));
  const name = column.toLowerCase();
  for (let line = s.stmt.start.line; line <= s.stmt.end.line; line++) {
    const text = all[line - 1] ?? "";
    if (!text.toLowerCase().includes(name)) continue;
    const at = definesColumn.exec(text);
    if (!at) continue;
    const head = text.slice(0, at.index + at[0].length);
    const tail = text.slice(head.length);
    if (pattern.test(tail))
      return {
        startLine: line,
        endLine: line,
        replacement: head + (typeof replace === "string" ? tail.replace(pattern, replace) : tail.replace(pattern, replace))
      };
  }
  return void 0;
}
function appendToStatement(s, text) {
  const line = s.stmt.end.line;
  const original = lines(s)[line - 1] ?? "";
  const endColumn = s.stmt.end.column - 1;
  return { startLine: line, endLine: line, replacement: original.slice(0, endColumn) + text + original.slice(endColumn) };
}
function insertBefore(s, text) {
  const line = s.stmt.start.line;
  const original = lines(s)[line - 1] ?? "";
  const indent = /^\s*/.exec(original)?.[0] ?? "";
  return { startLine: line, endLine: line, replacement: `${indent}${text}
${original}` };
}
function insertAfter(s, text) {
  const line = s.stmt.end.line;
  const original = lines(s)[line - 1] ?? "";
  return { startLine: line, endLine: line, replacement: `${original}
${text}` };
}

// src/rules/locking/check-constraint-validated.ts
var check_constraint_validated_default = rule(
  {
    id: "check-constraint-validated",
    category: "locking",
    severity: "error",
    summary: "ADD CONSTRAINT ... CHECK without NOT VALID on an existing table.",
    rationale: "The new CHECK is verified against every row while ACCESS EXCLUSIVE is held: the table is unreadable and unwritable for the whole scan.",
    safeAlternative: "ADD CONSTRAINT ... CHECK (...) NOT VALID (instant), then VALIDATE CONSTRAINT in a later transaction, which only takes SHARE UPDATE EXCLUSIVE.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint);",
      bad: "ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);",
      good: "ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\n-- later, in its own transaction:\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;"
    }
  },
  (ctx) => alterExisting(ctx).filter(
    ({ cmds }) => cmds.some((c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.contype === "CONSTR_CHECK" && !c.def.Constraint.skip_validation)
  ).filter(({ s, table }) => measuredScan(s, table) !== false).map(({ s, table, cmds }) => ({
    at: s,
    object: table,
    ...cmds.length === 1 ? { fix: appendToStatement(s, " NOT VALID") } : {},
    message: `CHECK constraint added without NOT VALID: every row of ${table}${rowsIn(ctx, table)} is checked under ACCESS EXCLUSIVE.${tookHere(s)} Add it NOT VALID, then VALIDATE CONSTRAINT separately.`
  }))
);

// src/rules/locking/column-type-change-rewrite.ts
var column_type_change_rewrite_default = rule(
  {
    id: "column-type-change-rewrite",
    category: "locking",
    severity: "error",
    summary: "ALTER COLUMN ... TYPE that rewrites the table (as measured in the sandbox).",
    rationale: "A type change that is not binary-compatible rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE: no reads or writes until it is done. Changes PostgreSQL does in place (varchar(50) -> varchar(80), varchar -> text) are not flagged: the sandbox measures which is which.",
    safeAlternative: "Add a new column of the new type, write both from the application (or a trigger), backfill in batches, switch reads, then drop the old column.",
    needs: "review",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, balance integer);",
      bad: "ALTER TABLE accounts ALTER COLUMN balance TYPE bigint;",
      good: "ALTER TABLE accounts ADD COLUMN balance_v2 bigint;\n-- dual-write, backfill in batches, switch reads, then drop balance"
    }
  },
  (ctx) => alterExisting(ctx).filter(({ cmds }) => cmds.some((c) => c.subtype === "AT_AlterColumnType")).filter(({ s, table }) => measuredRewrite(s, table) === true).map(({ s, table, cmds }) => {
    const cols = cmds.filter((c) => c.subtype === "AT_AlterColumnType").map((c) => c.name);
    const indexes = (s.outcome?.rewrites ?? []).filter((r) => r !== table).length;
    return {
      at: s,
      object: table,
      message: `Changing the type of ${cols.join(", ")} rewrote ${table}${rowsIn(ctx, table)}${indexes ? ` and ${indexes} index${indexes === 1 ? "" : "es"}` : ""} under ACCESS EXCLUSIVE: no reads or writes meanwhile.${tookHere(s)} Use a new column, dual writes and a batched backfill.`
    };
  })
);

// src/discover/text.ts
import { createHash } from "node:crypto";
import { posix as posix2 } from "node:path";
var natural = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });
function naturalCompare(a, b) {
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
function byteCompare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareVersions(a, b) {
  const pa = a.split(/[._]/);
  const pb = b.split(/[._]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = BigInt(pa[i] ?? "0");
    const y = BigInt(pb[i] ?? "0");
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
var basename = posix2.basename;
var dirname = posix2.dirname;
function checksum(text) {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}
function keepRange(text, start, end) {
  const blank = (s) => s.replace(/[^\n]/g, " ");
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}
function nextLine(text, index) {
  const nl = text.indexOf("\n", index);
  return nl === -1 ? text.length : nl + 1;
}
function lineStart(text, index) {
  return text.lastIndexOf("\n", index - 1) + 1;
}
function sections(text, markers) {
  const found = [];
  const re = new RegExp(markers.source, markers.flags.includes("g") ? markers.flags : `${markers.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found.map((m, i) => ({
    marker: m,
    start: nextLine(text, m.index),
    end: i + 1 < found.length ? lineStart(text, found[i + 1].index) : text.length
  }));
}

// src/discover/layouts/common.ts
function migration(framework, set, file, fields) {
  return {
    framework,
    set,
    key: fields.key ?? file.path,
    path: file.path,
    blobSha: file.sha,
    version: fields.version,
    name: fields.name,
    up: fields.up,
    ...fields.down ? { down: fields.down } : {},
    transaction: fields.transaction,
    ...fields.directive ? { directive: fields.directive } : {},
    ...fields.repeatable ? { repeatable: true } : {},
    checksum: checksum(fields.up)
  };
}
function byFolder(files, test) {
  const sets = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!test(basename(f.path), f.path)) continue;
    const root = dirname(f.path);
    sets.set(root, [...sets.get(root) ?? [], f]);
  }
  return sets;
}
function leadingVersion(path) {
  return /^(\d+)/.exec(basename(path))?.[1] ?? "";
}
function nameAfterVersion(path) {
  return basename(path).replace(/^\d+[_-]?/, "").replace(/(\.up|\.down)?\.sql$/i, "");
}
async function numberedFiles(framework, root, files, ctx, transaction) {
  const out = [];
  for (const f of [...files].sort((a, b) => naturalCompare(a.path, b.path))) {
    const up = await ctx.text(f);
    if (up !== void 0) out.push(migration(framework, root, f, { version: leadingVersion(f.path), name: nameAfterVersion(f.path), up, transaction }));
  }
  return out;
}
function perTree(derive) {
  const memo2 = /* @__PURE__ */ new WeakMap();
  return (tree) => {
    if (!memo2.has(tree)) memo2.set(tree, derive(tree));
    return memo2.get(tree);
  };
}
var treePaths = perTree((tree) => new Set(tree.map((f) => f.path)));

// src/discover/layouts/atlas.ts
var OTHER_FORMAT = /\.(up|down)\.sql$|^[VUBR]\d*(\.\d+)*__/;
var sumDirs = perTree((tree) => new Set(tree.filter((f) => basename(f.path) === "atlas.sum").map((f) => dirname(f.path))));
function fileDirectives(text) {
  const comments = [];
  let rest = text;
  while (rest.startsWith("#") || rest.startsWith("--")) {
    const nl = rest.indexOf("\n");
    if (nl < 0) return [...comments, rest];
    comments.push(rest.slice(0, nl).trim());
    rest = rest.slice(nl + 1);
  }
  return rest === "" || rest.replace(/^[ \t]*/, "").startsWith("\n") ? comments : [];
}
function atlasTxMode(text) {
  for (const c of fileDirectives(text)) {
    const m = /^[ -~]*atlas:txmode(?: +(.+))*/.exec(c);
    if (m) return m[1]?.trim();
  }
  return void 0;
}
var atlas = {
  id: "atlas",
  label: "Atlas",
  optOut: "`-- atlas:txmode none` at the top of the file, followed by a blank line",
  identity: {
    by: "version",
    records: "Atlas records applied migrations by version, with a hash of each (`atlas_schema_revisions`)",
    renamed: "Atlas sees version {to} as pending and applies it, and `atlas migrate validate` fails until atlas.sum is recomputed",
    keptVersion: { impact: "harmless", consequence: "it is not applied again; only its file name changed (atlas.sum must still be recomputed)" }
  },
  claim(files, tree) {
    const dirs = sumDirs(tree);
    const sets = /* @__PURE__ */ new Map();
    for (const f of files) {
      const dir = dirname(f.path);
      if (!dirs.has(dir) || !f.path.endsWith(".sql") || OTHER_FORMAT.test(basename(f.path))) continue;
      sets.set(dir, [...sets.get(dir) ?? [], f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => byteCompare(basename(a.path), basename(b.path)))) {
      const up = await ctx.text(f);
      if (up === void 0) continue;
      const [version, name = ""] = basename(f.path, ".sql").split(/_(.*)/s);
      if (fileDirectives(up).some((c) => /^[ -~]*atlas:checkpoint\b/.test(c))) {
        ctx.note(`${f.path} is an Atlas checkpoint: only a new database starts from it, so it is not replayed (the files before it are).`);
        continue;
      }
      const none = atlasTxMode(up) === "none";
      out.push(
        migration("atlas", root, f, { version, name, up, transaction: none ? "none" : "wrapped", ...none ? { directive: "-- atlas:txmode none" } : {} })
      );
    }
    return out;
  }
};

// src/discover/layouts/sectioned.ts
async function buildSectioned(spec, root, files, ctx) {
  const sorted = [...files].sort(
    (a, b) => spec.order === "version" ? compareVersions(leadingVersion(a.path) || "0", leadingVersion(b.path) || "0") || byteCompare(a.path, b.path) : byteCompare(a.path, b.path)
  );
  const out = [];
  for (const f of sorted) {
    const text = await ctx.text(f);
    if (text === void 0) continue;
    const parts = sections(text, spec.marker);
    const up = parts.find((p) => p.marker[1].toLowerCase() === "up");
    if (!up) {
      ctx.note(`${f.path} has no up section marker; nothing in it is applied.`);
      continue;
    }
    const down = parts.find((p) => p.marker[1].toLowerCase() === "down");
    const { mode, directive } = spec.transaction(text, up.marker[0]);
    out.push(
      migration(spec.framework, root, f, {
        version: leadingVersion(f.path),
        name: nameAfterVersion(f.path),
        up: keepRange(text, up.start, up.end),
        transaction: mode,
        ...directive ? { directive } : {},
        ...down ? { down: { path: f.path, sql: keepRange(text, down.start, down.end) } } : {}
      })
    );
  }
  return out;
}

// src/discover/layouts/dbmate.ts
var dbmate = {
  id: "dbmate",
  label: "dbmate",
  optOut: "`transaction:false` on the `-- migrate:up` line",
  identity: {
    by: "version",
    records: "dbmate records applied migrations by the version before the first underscore",
    renamed: "version {to} is new to it, so it applies the migration again",
    keptVersion: { impact: "harmless", consequence: "it is the same, already applied migration and does not run again; only its file name changed" }
  },
  marker: /^--\s*migrate:up\b/im,
  build: (root, files, ctx) => buildSectioned(
    {
      framework: "dbmate",
      marker: /^--\s*migrate:(up|down)\b.*$/gim,
      order: "name",
      transaction: (_text, upMarker) => /transaction:\s*false/i.test(upMarker) ? { mode: "none", directive: "transaction:false" } : { mode: "wrapped" }
    },
    root,
    files,
    ctx
  )
};

// src/discover/layouts/upDownFolders.ts
var UP_DOWN = /^(up|down)\.sql$/;
async function buildFolders(spec, root, files, ctx) {
  const folders = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (dirname(f.path) === root) {
      ctx.note(`${f.path} lies loose in a ${spec.label} migrations folder; ${spec.label} runs only \`<version>_<name>/up.sql\`, so it is not replayed.`);
      continue;
    }
    const pair = folders.get(dirname(f.path)) ?? {};
    pair[basename(f.path) === "up.sql" ? "up" : "down"] = f;
    folders.set(dirname(f.path), pair);
  }
  const found = [];
  for (const [folder, { up, down }] of folders) {
    const version = spec.version(basename(folder));
    if (version === void 0) continue;
    if (!up) {
      ctx.note(`${folder} has a down.sql but no up.sql; ${down?.path} is not applied.`);
      continue;
    }
    found.push({ version, folder, up, ...down ? { down } : {} });
  }
  found.sort((a, b) => spec.compare(a.version, b.version) || (a.folder < b.folder ? -1 : 1));
  const out = [];
  for (const { version, folder, up: upFile, down: downFile } of found) {
    const up = await ctx.text(upFile);
    if (up === void 0) continue;
    const downSql = downFile ? await ctx.text(downFile) : void 0;
    const { mode, directive } = await spec.transaction(folder, ctx);
    out.push(
      migration(spec.framework, root, upFile, {
        version,
        name: basename(folder).replace(/^[^_]*_?/, ""),
        up,
        transaction: mode,
        ...directive ? { directive } : {},
        ...downFile && downSql !== void 0 ? { down: { path: downFile.path, sql: downSql } } : {}
      })
    );
  }
  return out;
}
function claimFolders(files, accept) {
  const sets = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!UP_DOWN.test(basename(f.path))) continue;
    const root = accept(dirname(f.path));
    if (root === void 0) continue;
    sets.set(root, [...sets.get(root) ?? [], f]);
  }
  for (const f of files) if (sets.has(dirname(f.path)) && f.path.toLowerCase().endsWith(".sql")) sets.get(dirname(f.path))?.push(f);
  return sets;
}

// src/discover/layouts/diesel.ts
var FOLDER = /^\d[\d-]*(_|$)/;
var diesel = {
  id: "diesel",
  label: "Diesel",
  optOut: "`run_in_transaction = false` in the migration folder's `metadata.toml`",
  // diesel_migrations' migration harness creates it so before running any migration.
  bookkeeping: "CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)",
  identity: {
    by: "version",
    records: "Diesel records applied migrations by version only (`__diesel_schema_migrations`), with no checksum",
    renamed: "Diesel runs every version it has not recorded, so version {to} runs again; the old version stays recorded and is never checked",
    keptVersion: { impact: "harmless", consequence: "it is not applied again; only its folder name changed" }
  },
  claim: (files) => claimFolders(files, (folder) => FOLDER.test(basename(folder)) ? dirname(folder) : void 0),
  build: (root, files, ctx) => buildFolders(
    {
      framework: "diesel",
      label: "Diesel",
      version: (folder) => FOLDER.test(folder) ? folder.split("_")[0].replaceAll("-", "") : void 0,
      compare: byteCompare,
      async transaction(folder, ctx2) {
        const file = ctx2.tree.find((f) => f.path === `${folder}/metadata.toml`);
        const toml = file ? await ctx2.text(file) : void 0;
        if (toml === void 0) return { mode: "wrapped" };
        const value = /^[ \t]*run_in_transaction[ \t]*=[ \t]*(true|false)[ \t]*(#.*)?$/m.exec(toml)?.[1];
        if (value === "true") return { mode: "wrapped" };
        return { mode: "implicit", directive: value ? "run_in_transaction = false" : "metadata.toml without run_in_transaction (false)" };
      }
    },
    root,
    files,
    ctx
  )
};

// src/discover/layouts/drizzle.ts
var FILE = /^\d{4}_.+\.sql$/;
var drizzle = {
  id: "drizzle",
  label: "Drizzle Kit",
  optOut: null,
  identity: {
    by: "version",
    records: "Drizzle's migrator records applied migrations by their journal timestamp, not their file name",
    renamed: "a journal entry newer than the last applied one is applied again",
    keptVersion: {
      impact: "harmless",
      consequence: "it is the same, already applied migration as long as its journal entry keeps its timestamp; only its file name changed"
    }
  },
  marker: /^--> statement-breakpoint/m,
  claim(files, tree) {
    const sets = /* @__PURE__ */ new Map();
    for (const journal of tree.filter((f) => /(^|\/)meta\/_journal\.json$/.test(f.path))) {
      const root = dirname(dirname(journal.path));
      const owned = files.filter((f) => dirname(f.path) === root && FILE.test(basename(f.path)));
      if (owned.length) sets.set(root, [journal, ...owned]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const journal = files.find((f) => f.path.endsWith("meta/_journal.json"));
    const sql = files.filter((f) => f.path.endsWith(".sql"));
    let order = sql.sort((a, b) => naturalCompare(a.path, b.path));
    if (journal) {
      const text = await ctx.text(journal);
      try {
        const entries = JSON.parse(text ?? "").entries ?? [];
        const byTag = new Map(sql.map((f) => [basename(f.path).replace(/\.sql$/, ""), f]));
        const ordered = [...entries].sort((a, b) => a.idx - b.idx).flatMap((e) => byTag.get(e.tag) ?? []);
        for (const f of sql) if (!ordered.includes(f)) ctx.note(`${f.path} is not in ${journal.path}; Drizzle will not apply it.`);
        order = ordered;
      } catch {
        ctx.note(`${journal.path} is not valid JSON; migrations are ordered by file name instead.`);
      }
    }
    const out = [];
    for (const f of order) {
      const up = await ctx.text(f);
      if (up !== void 0)
        out.push(migration("drizzle", root, f, { version: leadingVersion(f.path), name: nameAfterVersion(f.path), up, transaction: "wrapped" }));
    }
    return out;
  }
};

// src/discover/layouts/flyway.ts
var VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
var REPEATABLE = /^R__(.+)\.sql$/;
var flyway = {
  id: "flyway",
  label: "Flyway",
  optOut: "a `<migration>.sql.conf` file beside it with `executeInTransaction=false`, or a migration of its own for the statement",
  identity: {
    by: "version",
    records: "Flyway records applied migrations by version, with their description and checksum",
    renamed: 'Flyway fails validation ("Detected applied migration not resolved locally") because the applied version is gone, and sees version {to} as new',
    keptVersion: {
      impact: "breaks",
      consequence: 'Flyway fails validation ("Migration description mismatch for migration version \u2026") and stops migrating until `flyway repair` realigns the description'
    }
  },
  claim: (files) => byFolder(files, (name) => VERSIONED.test(name) || REPEATABLE.test(name)),
  async build(root, files, ctx) {
    const versioned = [];
    const repeatable = [];
    const undo = /* @__PURE__ */ new Map();
    for (const f of files) {
      const up = await ctx.text(f);
      if (up === void 0) continue;
      const name = basename(f.path);
      const conf = ctx.tree.find((t) => t.path === `${f.path}.conf`);
      const confText = conf ? await ctx.text(conf) : void 0;
      const optedOut = confText !== void 0 && confText.split("\n").some((l) => /^\s*executeInTransaction\s*=\s*false\s*$/.test(l));
      const extra = optedOut ? { directive: "executeInTransaction=false" } : {};
      const v = VERSIONED.exec(name);
      if (v) {
        const [, kind, version, desc2] = v;
        if (kind === "U") undo.set(version, { path: f.path, sql: up });
        else versioned.push(migration("flyway", root, f, { version, name: desc2, up, transaction: optedOut ? "none" : "auto", ...extra }));
        continue;
      }
      const desc = REPEATABLE.exec(name)[1];
      repeatable.push(migration("flyway", root, f, { version: "R", name: desc, up, transaction: optedOut ? "none" : "auto", repeatable: true, ...extra }));
    }
    for (const m of versioned) {
      const down = [...undo.entries()].find(([v]) => compareVersions(v, m.version) === 0)?.[1];
      if (down) m.down = down;
    }
    versioned.sort((a, b) => compareVersions(a.version, b.version) || naturalCompare(a.path, b.path));
    repeatable.sort((a, b) => naturalCompare(a.name, b.name));
    return [...versioned, ...repeatable];
  }
};

// src/discover/layouts/golangMigrate.ts
var FILE2 = /^(\d+)_(.+)\.(up|down)\.sql$/;
var golangMigrate = {
  id: "golang-migrate",
  label: "golang-migrate",
  optOut: null,
  identity: {
    by: "version",
    records: "golang-migrate records only the latest version it reached",
    renamed: "version {to} runs again if it is above the version production reached, and never runs if below",
    keptVersion: { impact: "harmless", consequence: "it is not applied again; only its file name changed" }
  },
  claim: (files) => byFolder(files, (name) => FILE2.test(name)),
  async build(root, files, ctx) {
    const ups = files.filter((f) => FILE2.exec(basename(f.path))?.[3] === "up");
    const downs = new Map(files.filter((f) => FILE2.exec(basename(f.path))?.[3] === "down").map((f) => [FILE2.exec(basename(f.path))?.[1], f]));
    const out = [];
    const version = (path) => FILE2.exec(basename(path))[1];
    for (const f of ups.sort((a, b) => compareVersions(version(a.path), version(b.path)))) {
      const [, version2, name] = FILE2.exec(basename(f.path));
      const up = await ctx.text(f);
      if (up === void 0) continue;
      const downFile = downs.get(version2);
      const downSql = downFile ? await ctx.text(downFile) : void 0;
      out.push(
        migration("golang-migrate", root, f, {
          version: version2,
          name,
          up,
          transaction: "implicit",
          ...downFile && downSql !== void 0 ? { down: { path: downFile.path, sql: downSql } } : {}
        })
      );
    }
    return out;
  }
};

// src/discover/layouts/goose.ts
var NO_TRANSACTION = /^--\s*\+goose\s+NO\s+TRANSACTION\b/im;
var goose = {
  id: "goose",
  label: "goose",
  optOut: "`-- +goose NO TRANSACTION` at the top of the file",
  identity: {
    by: "version",
    records: "goose records applied migrations by version",
    renamed: 'version {to} is new to it, so it applies the migration again (or refuses to migrate, "missing migrations", when it sorts before applied ones)',
    keptVersion: { impact: "harmless", consequence: "it is the same, already applied migration and does not run again; only its file name changed" }
  },
  marker: /^--\s*\+goose\s+up\b/im,
  build: (root, files, ctx) => buildSectioned(
    {
      framework: "goose",
      marker: /^--\s*\+goose\s+(up|down)\b.*$/gim,
      order: "version",
      transaction: (text) => NO_TRANSACTION.test(text) ? { mode: "none", directive: "-- +goose NO TRANSACTION" } : { mode: "wrapped" }
    },
    root,
    files,
    ctx
  )
};

// src/discover/layouts/graphileMigrate.ts
import { createHash as createHash2 } from "node:crypto";
var FILE3 = /^([0-9]+)(-[-_a-zA-Z0-9]*)?\.sql$/;
var HEADER = /^--! ([A-Z][a-zA-Z0-9_]*)(?::(.*))?$/;
var NO_TRANSACTION2 = /^--!\s*no-transaction\b/;
function place(path) {
  const parent = dirname(path);
  if (basename(parent) === "committed" && FILE3.test(basename(path))) return { root: dirname(parent), part: "committed" };
  if (basename(path) === "current.sql") return { root: parent, part: "current" };
  if (basename(parent) === "current" && FILE3.test(basename(path))) return { root: dirname(parent), part: "current" };
  const fixtures = path.lastIndexOf("/fixtures/");
  if (fixtures >= 0) return { root: path.slice(0, fixtures) || ".", part: "fixtures" };
  return { root: parent, part: "other" };
}
var graphileRoots = perTree((tree) => {
  const roots = new Set(tree.flatMap((f) => place(f.path)?.part === "committed" ? [place(f.path)?.root] : []));
  for (const rc of tree.filter((f) => /(^|\/)\.gmrc(\.c?js)?$/.test(f.path)))
    roots.add(dirname(rc.path) === "." ? "migrations" : `${dirname(rc.path)}/migrations`);
  return roots;
});
function splitHeaders(text) {
  const lines2 = text.split("\n");
  const headers = {};
  let n = 0;
  for (const line of lines2) {
    const m = HEADER.exec(line);
    if (!m) break;
    headers[m[1]] = m[2]?.trim() || null;
    n++;
  }
  return { headers, body: `${lines2.slice(n).join("\n").trim()}
` };
}
function transactionOf(body) {
  return NO_TRANSACTION2.test(body.split("\n")[0] ?? "") ? { transaction: "implicit", directive: "--! no-transaction" } : { transaction: "wrapped" };
}
function hashOf(body, previous) {
  return `sha1:${createHash2("sha1").update(`${`${previous ?? ""}
${body.trim()}`.trim()}
`).digest("hex")}`;
}
async function committed(root, files, ctx) {
  const out = [];
  for (const f of [...files].sort((a, b) => byteCompare(FILE3.exec(basename(a.path))?.[1] ?? "", FILE3.exec(basename(b.path))?.[1] ?? ""))) {
    const text = await ctx.text(f);
    if (text === void 0) continue;
    const { headers, body } = splitHeaders(text);
    const previous = headers.Previous && headers.Previous !== "-" ? headers.Previous : null;
    if (headers.Hash && !("AllowInvalidHash" in headers) && hashOf(body, previous) !== headers.Hash) {
      ctx.note(
        `${f.path}: its \`--! Hash\` does not match its content, so \`graphile-migrate migrate\` refuses to run it ("has the file been tampered with?"). Committed migrations are not edited; put the change in current.sql.`
      );
    }
    if (/^--!\s*include\b/m.test(text))
      ctx.note(`${f.path} uses \`--!include\`; the included fixture is not inlined, so the review replays the migration without it.`);
    const version = FILE3.exec(basename(f.path))[1];
    out.push(
      migration("graphile-migrate", root, f, {
        version,
        name: headers.Message ?? basename(f.path, ".sql").replace(/^\d+-?/, ""),
        up: text,
        ...transactionOf(body)
      })
    );
  }
  return out;
}
var graphileMigrate = {
  id: "graphile-migrate",
  label: "Graphile Migrate",
  optOut: "`--! no-transaction` as the first line of the migration body (the migration must then hold that statement alone)",
  // Hasura and Graphile Migrate run only on PostgreSQL.
  engine: "PostgreSQL",
  identity: {
    by: "name",
    records: "Graphile Migrate records applied migrations by file name and hash, each committed file chained to the one before by its `--! Previous:` hash",
    renamed: "`graphile-migrate migrate` runs the committed files whose names sort after the last one it recorded, so the renamed file runs again only if its new name sorts after that one; a file out of the chain's order breaks the `--! Previous:` hashes and the migration is refused"
  },
  claim(files, tree) {
    const roots = graphileRoots(tree);
    const sets = /* @__PURE__ */ new Map();
    for (const f of files) {
      const at = place(f.path);
      if (!at || !roots.has(at.root)) continue;
      sets.set(at.root, [...sets.get(at.root) ?? [], f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const of = (part) => files.filter((f) => place(f.path)?.part === part);
    for (const f of of("other"))
      ctx.note(`${f.path} is not a committed migration: graphile-migrate runs it only where .gmrc names it (e.g. afterReset), so it is not replayed.`);
    const current = [];
    const pieces = of("current").sort((a, b) => Number(FILE3.exec(basename(a.path))?.[1] ?? 0) - Number(FILE3.exec(basename(b.path))?.[1] ?? 0));
    for (const f of pieces) {
      const text = await ctx.text(f);
      if (text !== void 0)
        current.push(
          migration("graphile-migrate", root, f, {
            version: "current",
            name: basename(f.path, ".sql"),
            up: text,
            repeatable: true,
            ...transactionOf(splitHeaders(text).body)
          })
        );
    }
    return [...await committed(root, of("committed"), ctx), ...current];
  }
};

// src/discover/layouts/hasura.ts
var FOLDER2 = /^(\d+)_/;
var projects = perTree((tree) => {
  const paths = treePaths(tree);
  const withMetadata = new Set(
    tree.flatMap((f) => {
      const at = f.path.indexOf("metadata/");
      return at === 0 || f.path[at - 1] === "/" ? [at === 0 ? "." : f.path.slice(0, at - 1)] : [];
    })
  );
  return new Set([...withMetadata].filter((dir) => paths.has(dir === "." ? "config.yaml" : `${dir}/config.yaml`)));
});
function hasuraRoot(folder, projectDirs) {
  if (!FOLDER2.test(basename(folder))) return void 0;
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    const below = dir === "." ? folder : folder.slice(dir.length + 1);
    if (projectDirs.has(dir) && below.startsWith("migrations/")) return dirname(folder);
    if (dir === ".") return void 0;
  }
}
var hasura = {
  id: "hasura",
  label: "Hasura",
  optOut: null,
  // Hasura and Graphile Migrate run only on PostgreSQL.
  engine: "PostgreSQL",
  identity: {
    by: "version",
    records: "Hasura records applied migrations by version (`hdb_catalog.schema_migrations`)",
    renamed: "Hasura applies every version it has not recorded, so version {to} runs again",
    keptVersion: { impact: "harmless", consequence: "it is not applied again; only its folder name changed" }
  },
  claim(files, tree) {
    const projectDirs = projects(tree);
    return claimFolders(files, (folder) => hasuraRoot(folder, projectDirs));
  },
  build: (root, files, ctx) => buildFolders(
    {
      framework: "hasura",
      label: "Hasura",
      version: (folder) => FOLDER2.exec(folder)?.[1],
      compare: compareVersions,
      transaction: async () => ({ mode: "wrapped" })
    },
    root,
    files,
    ctx
  )
};

// src/discover/layouts/liquibase.ts
var liquibase = {
  id: "liquibase",
  label: "Liquibase formatted SQL",
  optOut: "`runInTransaction:false` on the `--changeset` line",
  identity: {
    by: "name",
    records: "Liquibase identifies a changeset by its id, author and file path",
    renamed: "under its new path the changeset is new to it and runs again, unless `logicalFilePath` keeps the old path"
  },
  marker: /^--\s*liquibase formatted sql/im,
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => naturalCompare(a.path, b.path))) {
      const text = await ctx.text(f);
      if (text === void 0) continue;
      for (const part of sections(text, /^--\s*changeset\s+(\S+).*$/gim)) {
        const id = part.marker[1];
        const up = keepRange(text, part.start, part.end);
        const rollback = [...text.slice(part.start, part.end).matchAll(/^--\s*rollback\s?(.*)$/gim)].map((m) => m[1]).join("\n");
        const noTransaction = /runInTransaction:\s*false/i.test(part.marker[0]);
        out.push({
          framework: "liquibase",
          set: root,
          key: `${f.path}#${id}`,
          path: f.path,
          blobSha: f.sha,
          version: id,
          name: id,
          up,
          ...rollback.trim() ? { down: { path: f.path, sql: rollback } } : {},
          transaction: noTransaction ? "none" : "wrapped",
          ...noTransaction ? { directive: "runInTransaction:false" } : {},
          checksum: checksum(text.slice(part.start, part.end))
        });
      }
    }
    return out;
  }
};

// src/discover/layouts/nodePgMigrate.ts
var nodePgMigrate = {
  id: "node-pg-migrate",
  label: "node-pg-migrate",
  optOut: "running node-pg-migrate with `--no-single-transaction` and `--no-lock` for this migration, or a migration of its own",
  identity: {
    by: "name",
    records: "node-pg-migrate records applied migrations by file name",
    renamed: 'it sees a new migration before applied ones and stops ("Not run migration \u2026 is preceding already run migration \u2026"), or with `--no-check-order` applies it again'
  },
  engine: "PostgreSQL",
  marker: /^--\s*up migration\b/im,
  build: (root, files, ctx) => buildSectioned(
    { framework: "node-pg-migrate", marker: /^--\s*(up|down) migration\b.*$/gim, order: "name", transaction: () => ({ mode: "wrapped" }) },
    root,
    files,
    ctx
  )
};

// src/discover/layouts/plain.ts
var plain = {
  id: "plain",
  label: "plain SQL files",
  optOut: null,
  identity: {
    by: "unknown",
    records: "the tool that runs these files is not known",
    renamed: "a runner that records file names runs it again; one that records numbers does not"
  },
  claim: (files) => byFolder(files, (name) => name.toLowerCase().endsWith(".sql")),
  build: (root, files, ctx) => numberedFiles("plain", root, files, ctx, "unknown")
};

// src/discover/layouts/pop.ts
var FILE4 = /^(\d+)_([^.]+)(\.[a-z0-9]+)?(\.autocommit)?\.(up|down)\.(sql|fizz)$/;
var DIALECTS = {
  postgres: { dialect: "postgres", engine: "PostgreSQL" },
  postgresql: { dialect: "postgres", engine: "PostgreSQL" },
  pg: { dialect: "postgres", engine: "PostgreSQL" },
  pgx: { dialect: "postgres", engine: "PostgreSQL" },
  cockroach: { dialect: "cockroach", engine: "CockroachDB" },
  cockroachdb: { dialect: "cockroach", engine: "CockroachDB" },
  crdb: { dialect: "cockroach", engine: "CockroachDB" },
  mysql: { dialect: "mysql", engine: "MySQL" },
  mariadb: { dialect: "mariadb", engine: "MariaDB" },
  sqlite: { dialect: "sqlite3", engine: "SQLite" },
  sqlite3: { dialect: "sqlite3", engine: "SQLite" }
};
function parse2(file) {
  const m = FILE4.exec(basename(file.path));
  if (!m) return void 0;
  const [, version, name, segment, autocommit, direction, type] = m;
  const word = segment?.slice(1);
  const dialect = word === void 0 || word === "autocommit" ? "all" : DIALECTS[word]?.dialect ?? word;
  return { file, version, name, dialect, autocommit: Boolean(autocommit) || word === "autocommit", direction, fizz: type === "fizz" };
}
var MARKED = (name) => {
  const segment = FILE4.exec(name)?.[3]?.slice(1);
  return segment !== void 0 && (segment === "autocommit" || segment in DIALECTS);
};
var fizzCache = /* @__PURE__ */ new WeakMap();
function fizzFolders(tree) {
  let folders = fizzCache.get(tree);
  if (!folders)
    fizzCache.set(tree, folders = [...new Set(tree.filter((f) => FILE4.test(basename(f.path)) && f.path.endsWith(".fizz")).map((f) => dirname(f.path)))]);
  return folders;
}
var engineOf = (dialect) => Object.values(DIALECTS).find((d) => d.dialect === dialect)?.engine;
var pop = {
  id: "pop",
  label: "pop / popx",
  optOut: "`.autocommit` before `.up.sql` in the file name (popx), e.g. `<version>_<name>.postgres.autocommit.up.sql`",
  identity: {
    by: "version",
    records: "pop records applied migrations by version in its schema_migration table",
    renamed: "version {to} is new to it, so it applies the migration again",
    keptVersion: { impact: "harmless", consequence: "it is the same, already applied migration and does not run again; only its file name changed" }
  },
  engine: "PostgreSQL",
  claim(files, tree) {
    const marked = /* @__PURE__ */ new Set([...byFolder(files, MARKED).keys(), ...fizzFolders(tree)]);
    return byFolder(files, (name, path) => marked.has(dirname(path)) && FILE4.test(name));
  },
  async build(root, files, ctx) {
    const parsed = files.flatMap((f) => parse2(f) ?? []);
    const chosen = /* @__PURE__ */ new Map();
    for (const p of parsed) {
      if (p.fizz) continue;
      if (p.dialect !== "all" && p.dialect !== "postgres") {
        const engine = engineOf(p.dialect);
        ctx.leaveOut(p.file.path, engine ? `${engine} (pop dialect suffix)` : `pop dialect "${p.dialect}", which pop does not know (popx skips the file)`);
        continue;
      }
      const key = `${p.version}\0${p.direction}`;
      const other = chosen.get(key);
      if (!other || other.dialect === "all" && p.dialect === "postgres") {
        if (other) ctx.leaveOut(other.file.path, `on PostgreSQL pop runs ${basename(p.file.path)} for version ${p.version} instead`);
        chosen.set(key, p);
      } else if (p.dialect === "all" && other.dialect === "postgres") {
        ctx.leaveOut(p.file.path, `on PostgreSQL pop runs ${basename(other.file.path)} for version ${p.version} instead`);
      } else {
        chosen.set(`${key}\0${p.file.path}`, p);
      }
    }
    const ups = [...chosen.values()].filter((p) => p.direction === "up").sort((a, b) => byteCompare(a.version, b.version) || byteCompare(a.file.path, b.file.path));
    const out = [];
    for (const p of ups) {
      const up = await ctx.text(p.file);
      if (up === void 0) continue;
      const down = chosen.get(`${p.version}\0down`);
      const downSql = down ? await ctx.text(down.file) : void 0;
      out.push(
        migration("pop", root, p.file, {
          version: p.version,
          name: p.name,
          up,
          // popx sends an autocommit file as one query outside its transaction: PostgreSQL runs it as one implicit transaction.
          transaction: p.autocommit ? "implicit" : "wrapped",
          ...p.autocommit ? { directive: ".autocommit" } : {},
          ...down && downSql !== void 0 ? { down: { path: down.file.path, sql: downSql } } : {}
        })
      );
    }
    return out;
  }
};

// src/discover/layouts/prisma.ts
var PATH = /(^|\/)migrations\/[^/]+\/migration\.sql$/;
var prisma = {
  id: "prisma",
  label: "Prisma Migrate",
  optOut: null,
  identity: {
    by: "name",
    records: "Prisma Migrate records applied migrations by folder name",
    renamed: "`prisma migrate deploy` sees a new migration and applies it again (failing on objects that exist), and says nothing of the old name"
  },
  claim(files) {
    const sets = /* @__PURE__ */ new Map();
    for (const f of files) {
      if (!PATH.test(f.path)) continue;
      const root = dirname(dirname(f.path));
      sets.set(root, [...sets.get(root) ?? [], f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const out = [];
    for (const f of [...files].sort((a, b) => byteCompare(dirname(a.path), dirname(b.path)))) {
      const up = await ctx.text(f);
      if (up === void 0) continue;
      const folder = basename(dirname(f.path));
      out.push(migration("prisma", root, f, { version: folder, name: folder.replace(/^\d+_/, ""), up, transaction: "implicit" }));
    }
    return out;
  }
};

// src/discover/layouts/sqitch.ts
function planChanges(plan) {
  const changes = [];
  for (const raw of plan.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("%") || line.startsWith("#") || line.startsWith("@")) continue;
    const name = line.split(/\s+/)[0];
    changes.push(name);
  }
  return changes;
}
var sqitch = {
  id: "sqitch",
  label: "Sqitch",
  optOut: null,
  identity: {
    by: "name",
    records: "sqitch identifies a change by its name in sqitch.plan",
    renamed: "a renamed change is a new change to it, deployed again"
  },
  claim(files, tree) {
    const sets = /* @__PURE__ */ new Map();
    for (const plan of tree.filter((f) => /(^|\/)sqitch\.plan$/.test(f.path))) {
      const root = dirname(plan.path);
      const prefix = root === "." ? "" : `${root}/`;
      const owned = files.filter((f) => /^(deploy|revert|verify)\/.+\.sql$/.test(f.path.slice(prefix.length)) && f.path.startsWith(prefix));
      sets.set(root, [plan, ...owned]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const prefix = root === "." ? "" : `${root}/`;
    const plan = files.find((f) => f.path === `${prefix}sqitch.plan`);
    const planText2 = plan ? await ctx.text(plan) : void 0;
    if (planText2 === void 0) return [];
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const change of planChanges(planText2)) {
      if (seen.has(change)) {
        ctx.note(`${prefix}sqitch.plan reworks "${change}"; only its first deploy script is replayed.`);
        continue;
      }
      seen.add(change);
      const deploy = files.find((f) => f.path === `${prefix}deploy/${change}.sql`);
      if (!deploy) {
        ctx.note(`${prefix}sqitch.plan lists "${change}" but ${prefix}deploy/${change}.sql does not exist.`);
        continue;
      }
      const up = await ctx.text(deploy);
      if (up === void 0) continue;
      const revert = files.find((f) => f.path === `${prefix}revert/${change}.sql`);
      const down = revert ? await ctx.text(revert) : void 0;
      out.push(
        migration("sqitch", root, deploy, {
          version: change,
          name: change,
          up,
          transaction: "none",
          ...revert && down !== void 0 ? { down: { path: revert.path, sql: down } } : {}
        })
      );
    }
    return out;
  }
};

// src/discover/layouts/sqlx.ts
var FILE5 = /^(\d+)_(.+?)(\.up|\.down)?\.sql$/;
var NO_TRANSACTION3 = "-- no-transaction";
function isCrateMigrations(folder, paths) {
  const crate = dirname(folder);
  return /migrat/i.test(basename(folder)) && paths.has(crate === "." ? "Cargo.toml" : `${crate}/Cargo.toml`);
}
var sqlx = {
  id: "sqlx",
  label: "sqlx",
  optOut: "`-- no-transaction` as the first line of the file",
  identity: {
    by: "version",
    records: "sqlx records applied migrations by version with a checksum of their SQL (`_sqlx_migrations`)",
    renamed: "sqlx runs version {to} as a new migration, and refuses to migrate while the applied old version is missing (`VersionMissing`, unless migrations are run with ignore_missing)",
    keptVersion: {
      impact: "harmless",
      consequence: "it is not applied again (sqlx compares the version and checksum, not the description); only its file name changed"
    }
  },
  claim(files, tree) {
    const paths = treePaths(tree);
    const sets = /* @__PURE__ */ new Map();
    for (const f of files) {
      const root = dirname(f.path);
      if (!FILE5.test(basename(f.path)) || !isCrateMigrations(root, paths)) continue;
      sets.set(root, [...sets.get(root) ?? [], f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const parsed = files.map((f) => ({ f, m: FILE5.exec(basename(f.path)) }));
    const downs = new Map(parsed.filter(({ m }) => m[3] === ".down").map(({ f, m }) => [BigInt(m[1]), f]));
    const out = [];
    const ups = parsed.filter(({ m }) => m[3] !== ".down").sort((a, b) => compareVersions(a.m[1], b.m[1]));
    for (const { f, m } of ups) {
      const up = await ctx.text(f);
      if (up === void 0) continue;
      const downFile = m[3] === ".up" ? downs.get(BigInt(m[1])) : void 0;
      const downSql = downFile ? await ctx.text(downFile) : void 0;
      const optedOut = up.startsWith(NO_TRANSACTION3);
      out.push(
        migration("sqlx", root, f, {
          version: m[1],
          name: m[2].replaceAll("_", " "),
          up,
          transaction: optedOut ? "implicit" : "wrapped",
          ...optedOut ? { directive: NO_TRANSACTION3 } : {},
          ...downFile && downSql !== void 0 ? { down: { path: downFile.path, sql: downSql } } : {}
        })
      );
    }
    for (const [version, f] of downs)
      if (!ups.some(({ m }) => BigInt(m[1]) === version && m[3] === ".up"))
        ctx.note(`${f.path} has no matching .up.sql; sqlx only runs it to revert, so it is not applied.`);
    return out;
  }
};

// src/discover/layouts/supabase.ts
var supabase = {
  id: "supabase",
  label: "Supabase CLI",
  optOut: null,
  identity: {
    by: "version",
    records: "the Supabase CLI records applied migrations by the timestamp version of their file name",
    renamed: "version {to} is new to it, so it applies the migration again",
    keptVersion: { impact: "harmless", consequence: "it is the same, already applied migration and does not run again; only its file name changed" }
  },
  engine: "PostgreSQL",
  claim: (files) => byFolder(files, (name, path) => /(^|\/)supabase\/migrations\/[^/]+$/.test(path) && /^\d+_.*\.sql$/.test(name)),
  build: (root, files, ctx) => numberedFiles("supabase", root, files, ctx, "wrapped")
};

// src/discover/layouts/index.ts
var CONTENT_LAYOUTS = [goose, dbmate, liquibase, nodePgMigrate];
var PATH_LAYOUTS = [sqitch, drizzle, prisma, hasura, diesel, graphileMigrate, flyway, pop, sqlx, golangMigrate, atlas, supabase];
var LAYOUTS = {
  prisma,
  flyway,
  "golang-migrate": golangMigrate,
  goose,
  dbmate,
  sqitch,
  supabase,
  drizzle,
  "node-pg-migrate": nodePgMigrate,
  liquibase,
  diesel,
  sqlx,
  hasura,
  "graphile-migrate": graphileMigrate,
  atlas,
  pop,
  plain
};

// src/rules/locking/create-index-non-concurrently.ts
function concurrently(m) {
  const layout = LAYOUTS[m.framework];
  if (m.transaction === "wrapped" && layout.optOut === null) {
    return `${layout.label} runs every migration in a transaction, where CONCURRENTLY is refused: build the index with CREATE INDEX CONCURRENTLY outside the migrations before this one runs, and make this statement CREATE INDEX IF NOT EXISTS so it finds the index built.`;
  }
  return `Use CREATE INDEX CONCURRENTLY in a migration of its own${layout.optOut ? `, opted out of the transaction with ${layout.optOut}` : ""}.`;
}
var create_index_non_concurrently_default = rule(
  {
    id: "create-index-non-concurrently",
    category: "locking",
    severity: "error",
    summary: "CREATE INDEX without CONCURRENTLY on a table that already holds data.",
    rationale: "A plain CREATE INDEX takes a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits until the index is written, which on a large table is minutes of write downtime.",
    safeAlternative: "CREATE INDEX CONCURRENTLY, in a migration of its own that runs outside a transaction. A table created in the same change needs no CONCURRENTLY.",
    needs: "sql",
    lock: "ShareLock",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);",
      bad: "CREATE INDEX orders_customer_id_idx ON orders (customer_id);",
      good: "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);"
    }
  },
  (ctx) => statementsOf(ctx, "IndexStmt").filter((s) => !s.node.concurrent && ctx.existedBefore(targetTable(ctx, s))).map((s) => {
    const table = targetTable(ctx, s);
    const lock = measuredLock(s, table);
    const alone = s.migration.statements.length === 1 && s.migration.transaction !== "wrapped";
    return {
      at: s,
      object: table,
      ...alone ? { fix: replaceInStatement(s, /\bCREATE\s+(UNIQUE\s+)?INDEX\b/i, "CREATE $1INDEX CONCURRENTLY") } : {},
      message: `CREATE INDEX without CONCURRENTLY on ${table}, which already exists: it ${lock ? `held ${lock}` : "takes a SHARE lock"}${rowsIn(ctx, table)} and blocks writes until the index is built.${tookHere(s)} ${concurrently(s.migration)}`
    };
  })
);

// src/rules/locking/detach-partition-non-concurrently.ts
var detach_partition_non_concurrently_default = rule(
  {
    id: "detach-partition-non-concurrently",
    category: "locking",
    severity: "warning",
    summary: "ALTER TABLE ... DETACH PARTITION without CONCURRENTLY.",
    rationale: "A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned parent: every query on any partition waits.",
    safeAlternative: "DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), outside a transaction.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE events (at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      bad: "ALTER TABLE events DETACH PARTITION events_2024;",
      good: "ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;"
    }
  },
  (ctx) => statementsOf(ctx, "AlterTableStmt").filter((s) => alterCommands(s.node).some((c) => c.subtype === "AT_DetachPartition" && !c.def?.PartitionCmd?.concurrent)).map((s) => ({
    at: s,
    object: targetTable(ctx, s),
    message: `DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on ${targetTable(ctx, s)}: all queries on the partitioned table wait. Use DETACH PARTITION ... CONCURRENTLY.`
  }))
);

// src/rules/locking/domain-check-constraint.ts
var domain_check_constraint_default = rule(
  {
    id: "domain-check-constraint",
    category: "locking",
    severity: "warning",
    summary: "CREATE DOMAIN with a CHECK, or ALTER DOMAIN ... ADD CONSTRAINT.",
    rationale: "Adding a constraint to a domain re-checks every column of every table that uses the domain, under locks on all of them; and a domain CHECK cannot be changed later without that cost again.",
    safeAlternative: "Put CHECK constraints on the table columns (added NOT VALID, then validated), not on the domain.",
    needs: "sql",
    example: {
      setup: "CREATE DOMAIN email AS text;",
      bad: "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');",
      good: "ALTER TABLE accounts ADD CONSTRAINT email_has_at CHECK (email LIKE '%@%') NOT VALID;"
    }
  },
  (ctx) => [
    ...statementsOf(ctx, "CreateDomainStmt").filter((s) => (s.node.constraints ?? []).some((c) => c.Constraint?.contype === "CONSTR_CHECK")).map((s) => ({
      at: s,
      message: "A domain with a CHECK: changing it later re-checks every column that uses the domain. Prefer CHECK constraints on the columns."
    })),
    ...statementsOf(ctx, "AlterDomainStmt").filter((s) => s.node.subtype === "C").map((s) => ({ at: s, message: "ALTER DOMAIN ... ADD CONSTRAINT re-checks every column of every table using the domain, under lock." }))
  ]
);

// src/rules/locking/drop-index-non-concurrently.ts
function indexTable(ctx, index) {
  const [schema, name] = index.includes(".") ? index.split(".") : [void 0, index];
  if (!ctx.catalog) return statementsOf(ctx, "IndexStmt").some((s) => s.node.idxname === name) ? void 0 : "its table";
  const table = Object.values(ctx.catalog.before.tables).find((t) => (!schema || t.schema === schema) && t.indexes.some((i) => i.name === name));
  return table?.qualifiedName;
}
var drop_index_non_concurrently_default = rule(
  {
    id: "drop-index-non-concurrently",
    category: "locking",
    severity: "warning",
    summary: "DROP INDEX without CONCURRENTLY on an existing table.",
    rationale: "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: it waits behind every running query on the table and blocks all reads and writes queued after it.",
    safeAlternative: "DROP INDEX CONCURRENTLY, outside a transaction.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);",
      bad: "DROP INDEX orders_customer_id_idx;",
      good: "DROP INDEX CONCURRENTLY orders_customer_id_idx;"
    }
  },
  (ctx) => statementsOf(ctx, "DropStmt").filter((s) => s.node.removeType === "OBJECT_INDEX" && !s.node.concurrent).flatMap(
    (s) => (s.node.objects ?? []).flatMap((o) => {
      const index = nameOf(o.List?.items);
      const table = indexTable(ctx, index);
      return table ? [
        {
          at: s,
          object: index,
          message: `DROP INDEX ${index} without CONCURRENTLY takes ACCESS EXCLUSIVE on ${table}: all reads and writes on it wait. Use DROP INDEX CONCURRENTLY.`
        }
      ] : [];
    })
  )
);

// src/rules/locking/exclusion-constraint-existing-table.ts
var exclusion_constraint_existing_table_default = rule(
  {
    id: "exclusion-constraint-existing-table",
    category: "locking",
    severity: "error",
    summary: "ADD CONSTRAINT ... EXCLUDE on an existing table.",
    rationale: "An exclusion constraint builds its index and checks every row under ACCESS EXCLUSIVE, and unlike UNIQUE it has no NOT VALID or USING INDEX path: there is no online way to add it.",
    safeAlternative: "Add it when the table is created, or plan a maintenance window; enforce the rule in the application or a trigger meanwhile.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE EXTENSION IF NOT EXISTS btree_gist;\nCREATE TABLE bookings (room int, during tstzrange);",
      bad: "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);",
      good: "CREATE TABLE bookings_v2 (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));\n-- migrate rows, then swap tables"
    }
  },
  (ctx) => alterExisting(ctx).filter(({ cmds }) => cmds.some((c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.contype === "CONSTR_EXCLUSION")).map(({ s, table }) => ({
    at: s,
    object: table,
    message: `Exclusion constraint added to ${table}${rowsIn(ctx, table)}: its index is built and every row checked under ACCESS EXCLUSIVE, with no online alternative.${tookHere(s)}`
  }))
);

// src/rules/locking/foreign-key-validated.ts
var foreign_key_validated_default = rule(
  {
    id: "foreign-key-validated",
    category: "locking",
    severity: "error",
    summary: "ADD FOREIGN KEY without NOT VALID on an existing table.",
    rationale: "Adding a foreign key takes SHARE ROW EXCLUSIVE on both tables and checks every existing row against the parent: writes to both tables are blocked for the whole scan.",
    safeAlternative: "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID (instant), then VALIDATE CONSTRAINT in a later transaction (SHARE UPDATE EXCLUSIVE: writes continue).",
    needs: "sql",
    lock: "ShareRowExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);",
      bad: "ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);",
      good: "ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;\n-- later, in its own transaction:\nALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk;"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(
    ({ s, table, cmds }) => cmds.filter((c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.contype === "CONSTR_FOREIGN" && !c.def.Constraint.skip_validation).filter(() => measuredScan(s, table) !== false).map((c) => {
      const parent = ctx.qualify(c.def.Constraint.pktable);
      return {
        at: s,
        object: table,
        ...cmds.length === 1 ? { fix: appendToStatement(s, " NOT VALID") } : {},
        message: `Foreign key added without NOT VALID: SHARE ROW EXCLUSIVE on ${table} and ${parent} blocks their writes while every row of ${table}${rowsIn(ctx, table)} is checked.${tookHere(s)} Add it NOT VALID, then VALIDATE CONSTRAINT separately.`
      };
    })
  )
);

// src/rules/locking/lock-table-statement.ts
var lock_table_statement_default = rule(
  {
    id: "lock-table-statement",
    category: "locking",
    severity: "warning",
    summary: "An explicit LOCK TABLE in a migration.",
    rationale: "LOCK TABLE (ACCESS EXCLUSIVE by default) blocks the table until the migration commits, for as long as the rest of the migration takes.",
    safeAlternative: "Rely on the locks the statements take themselves, with lock_timeout; if a lock is really needed, take the weakest mode, last.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
      bad: "LOCK TABLE accounts;",
      good: "SET lock_timeout = '5s';"
    }
  },
  (ctx) => statementsOf(ctx, "LockStmt").map((s) => ({
    at: s,
    message: `LOCK TABLE ${(s.node.relations ?? []).map((r) => ctx.qualify(r.RangeVar)).join(", ")} in ${String(s.node.mode ?? 8) === "8" ? "ACCESS EXCLUSIVE" : "an explicit"} mode holds it until the migration commits.`
  }))
);

// src/rules/staticLocks.ts
var WEAKER = {
  AT_SetStatistics: "ShareUpdateExclusiveLock",
  AT_SetOptions: "ShareUpdateExclusiveLock",
  AT_ResetOptions: "ShareUpdateExclusiveLock",
  AT_ClusterOn: "ShareUpdateExclusiveLock",
  AT_DropCluster: "ShareUpdateExclusiveLock",
  AT_ValidateConstraint: "ShareUpdateExclusiveLock",
  AT_AttachPartition: "ShareUpdateExclusiveLock",
  AT_DetachPartitionFinalize: "ShareUpdateExclusiveLock",
  AT_EnableTrig: "ShareRowExclusiveLock",
  AT_EnableAlwaysTrig: "ShareRowExclusiveLock",
  AT_EnableReplicaTrig: "ShareRowExclusiveLock",
  AT_EnableTrigAll: "ShareRowExclusiveLock",
  AT_EnableTrigUser: "ShareRowExclusiveLock",
  AT_DisableTrig: "ShareRowExclusiveLock",
  AT_DisableTrigAll: "ShareRowExclusiveLock",
  AT_DisableTrigUser: "ShareRowExclusiveLock"
};
var LIGHT_RELOPTION = /^(toast\.)?(autovacuum_.*|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration|fillfactor|parallel_workers|toast_tuple_target)$/;
function commandLock(cmd) {
  const subtype = String(cmd.subtype);
  if (subtype === "AT_AddConstraint") return cmd.def?.Constraint?.contype === "CONSTR_FOREIGN" ? "ShareRowExclusiveLock" : "AccessExclusiveLock";
  if (subtype === "AT_DetachPartition") return cmd.def?.PartitionCmd?.concurrent ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
  if (subtype === "AT_SetRelOptions" || subtype === "AT_ResetRelOptions") {
    const names2 = (cmd.def?.List?.items ?? []).map((d) => `${d.DefElem?.defnamespace ? `${d.DefElem.defnamespace}.` : ""}${d.DefElem?.defname}`);
    return names2.length && names2.every((n) => LIGHT_RELOPTION.test(n)) ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
  }
  return WEAKER[subtype] ?? "AccessExclusiveLock";
}
function alterTableLock(node) {
  return alterCommands(node).map(commandLock).reduce((a, b) => strength(b) > strength(a) ? b : a, "AccessShareLock");
}

// src/rules/locking/missing-lock-timeout.ts
function timeoutSetBefore(s, setting2) {
  return s.migration.statements.some(
    (o) => o.stmt.index < s.stmt.index && o.stmt.kind === "VariableSetStmt" && o.node.name === setting2 && !/^0\D*$/.test(settingValue(o))
  );
}
function accessExclusiveOnExisting(ctx) {
  const out = [];
  for (const s of ctx.statements) {
    if (s.outcome?.locks) {
      const table = s.outcome.locks.find((l) => l.kind === "table" && l.mode === "AccessExclusiveLock" && ctx.existedBefore(l.relation))?.relation;
      if (table && measuredLock(s, table) === "AccessExclusiveLock") out.push({ s, table });
    } else if (!s.outcome && ["AlterTableStmt", "RenameStmt", "DropStmt"].includes(s.stmt.kind) && s.node.relation && // A foreign key, VALIDATE, trigger switches, SET STATISTICS, ... take weaker locks.
    (s.stmt.kind !== "AlterTableStmt" || alterTableLock(s.node) === "AccessExclusiveLock")) {
      const table = ctx.qualify(s.node.relation);
      if (ctx.existedBefore(table)) out.push({ s, table });
    }
  }
  return out;
}
var missing_lock_timeout_default = rule(
  {
    id: "missing-lock-timeout",
    category: "locking",
    severity: "warning",
    summary: "A statement takes ACCESS EXCLUSIVE on an existing table with no lock_timeout set before it.",
    rationale: "ACCESS EXCLUSIVE waits behind every running query on the table, and every query that arrives after it waits behind it: one long SELECT turns a millisecond ALTER into an outage. lock_timeout makes the migration give up (and retry) instead.",
    safeAlternative: "SET lock_timeout = '5s'; (or SET LOCAL inside the migration's transaction) before the statement, and retry the migration on timeout.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE accounts ADD COLUMN nickname text;",
      good: "SET lock_timeout = '5s';\nALTER TABLE accounts ADD COLUMN nickname text;"
    }
  },
  (ctx) => accessExclusiveOnExisting(ctx).filter(({ s }) => !timeoutSetBefore(s, "lock_timeout")).map(({ s, table }) => ({
    at: s,
    object: table,
    fix: insertBefore(s, "SET lock_timeout = '5s';"),
    message: `Takes ACCESS EXCLUSIVE on ${table} with no lock_timeout: if a long query holds the table, this statement waits and every query behind it queues. SET lock_timeout first.`
  }))
);

// src/rules/locking/missing-statement-timeout.ts
function long(s, table) {
  if (s.outcome?.rewrites) return s.outcome.rewrites.includes(table) || (s.outcome.scans ?? []).some((x) => x.relation === table);
  return s.stmt.kind === "AlterTableStmt" && alterCommands(s.node).some(
    (c) => c.subtype === "AT_AlterColumnType" || c.subtype === "AT_SetNotNull" || c.subtype === "AT_AddConstraint" && !c.def?.Constraint?.skip_validation && c.def?.Constraint?.contype !== "CONSTR_NOTNULL"
  );
}
var missing_statement_timeout_default = rule(
  {
    id: "missing-statement-timeout",
    category: "locking",
    severity: "info",
    summary: "A statement that scans or rewrites an existing table under ACCESS EXCLUSIVE with no statement_timeout set before it.",
    rationale: "Such a statement runs for as long as the table is big, while the table is blocked; if production is bigger or slower than expected, nothing stops it. statement_timeout bounds the outage.",
    safeAlternative: "SET statement_timeout = '15min'; (a bound you accept) before the statement.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint);",
      bad: "SET lock_timeout = '5s';\nALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);",
      good: "SET lock_timeout = '5s';\nSET statement_timeout = '5min';\nALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0);"
    }
  },
  (ctx) => accessExclusiveOnExisting(ctx).filter(({ s, table }) => long(s, table) && !timeoutSetBefore(s, "statement_timeout")).map(({ s, table }) => ({
    at: s,
    object: table,
    message: `Scans or rewrites ${table} under ACCESS EXCLUSIVE with no statement_timeout: nothing bounds how long the table stays blocked.`
  }))
);

// src/rules/locking/multiple-alter-table.ts
var multiple_alter_table_default = rule(
  {
    id: "multiple-alter-table",
    category: "locking",
    severity: "info",
    summary: "Several ALTER TABLE statements on one existing table in one migration.",
    rationale: "Each ALTER TABLE queues for ACCESS EXCLUSIVE again (and may scan or rewrite again); one ALTER TABLE with several comma-separated actions takes the lock once and does at most one pass.",
    safeAlternative: "Combine the actions: ALTER TABLE t ADD COLUMN a int, ADD COLUMN b text;",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE accounts ADD COLUMN a int;\nALTER TABLE accounts ADD COLUMN b text;",
      good: "ALTER TABLE accounts ADD COLUMN a int, ADD COLUMN b text;"
    }
  },
  (ctx) => {
    const groups = /* @__PURE__ */ new Map();
    for (const a of alterExisting(ctx)) {
      const key = `${a.s.migration.key}\0${a.table}`;
      groups.set(key, [...groups.get(key) ?? [], a]);
    }
    return [...groups.values()].filter((alters) => alters.length > 1).map((alters) => {
      const second = alters[1];
      return {
        at: second.s,
        object: second.table,
        message: `${alters.length} ALTER TABLE statements on ${second.table} in this migration: combine them into one so the lock is taken (and any scan done) once.`
      };
    });
  }
);

// src/rules/locking/primary-key-inline.ts
var primary_key_inline_default = rule(
  {
    id: "primary-key-inline",
    category: "locking",
    severity: "error",
    summary: "ADD PRIMARY KEY on an existing table, building its index inline.",
    rationale: "The primary key index is built (and the columns checked for NULLs) under ACCESS EXCLUSIVE: the table is unusable for the whole build.",
    safeAlternative: "CREATE UNIQUE INDEX CONCURRENTLY on the key columns (already NOT NULL), then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE events (id bigint NOT NULL, payload text);",
      bad: "ALTER TABLE events ADD PRIMARY KEY (id);",
      good: "CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);\nALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;"
    }
  },
  (ctx) => alterExisting(ctx).filter(
    ({ cmds }) => cmds.some((c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.contype === "CONSTR_PRIMARY" && !c.def.Constraint.indexname)
  ).map(({ s, table }) => ({
    at: s,
    object: table,
    message: `PRIMARY KEY built inline on ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)} Build a unique index CONCURRENTLY first, then ADD PRIMARY KEY USING INDEX.`
  }))
);

// src/rules/locking/primary-key-using-index-nullable.ts
var primary_key_using_index_nullable_default = rule(
  {
    id: "primary-key-using-index-nullable",
    category: "locking",
    severity: "warning",
    summary: "ADD PRIMARY KEY USING INDEX on columns that are not yet NOT NULL.",
    rationale: "A primary key implies NOT NULL: PostgreSQL adds it and scans the whole table under ACCESS EXCLUSIVE, which the USING INDEX form was meant to avoid.",
    safeAlternative: "Make the columns NOT NULL first through a validated CHECK (col IS NOT NULL), then add the primary key USING INDEX.",
    needs: "review",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE events (id bigint, payload text);\nCREATE UNIQUE INDEX events_id_key ON events (id);",
      bad: "ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_key;",
      good: "ALTER TABLE events ADD CONSTRAINT events_id_not_null CHECK (id IS NOT NULL) NOT VALID;\nALTER TABLE events VALIDATE CONSTRAINT events_id_not_null;\nALTER TABLE events ALTER COLUMN id SET NOT NULL;\nALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_key;"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(({ s, table, cmds }) => {
    const before = ctx.catalog?.before.tables[table];
    return cmds.filter((c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.contype === "CONSTR_PRIMARY" && c.def.Constraint.indexname).flatMap((c) => {
      const index = before?.indexes.find((i) => i.name === c.def.Constraint.indexname);
      const madeNotNull = new Set(
        alterExisting(ctx).filter((a) => a.table === table && a.s.stmt.index < s.stmt.index && a.s.migration === s.migration).flatMap((a) => a.cmds.filter((x) => x.subtype === "AT_SetNotNull").map((x) => x.name))
      );
      const nullable = (index?.columns ?? []).filter(
        (col) => col && !madeNotNull.has(col) && before?.columns.find((x) => x.name === col)?.notNull === false
      );
      return nullable.length ? [
        {
          at: s,
          object: table,
          message: `${nullable.join(", ")} ${nullable.length === 1 ? "is" : "are"} nullable: the primary key sets NOT NULL and scans ${table} under ACCESS EXCLUSIVE. Make ${nullable.length === 1 ? "it" : "them"} NOT NULL through a validated CHECK first.`
        }
      ] : [];
    });
  })
);

// src/rules/locking/refresh-matview-non-concurrently.ts
var refresh_matview_non_concurrently_default = rule(
  {
    id: "refresh-matview-non-concurrently",
    category: "locking",
    severity: "warning",
    summary: "REFRESH MATERIALIZED VIEW without CONCURRENTLY on an existing view.",
    rationale: "A plain refresh takes ACCESS EXCLUSIVE on the view: every query reading it waits until the refresh completes.",
    safeAlternative: "REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique index on the view), or refresh outside the migration.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total, 1 AS id FROM orders;\nCREATE UNIQUE INDEX ON order_totals (id);",
      bad: "REFRESH MATERIALIZED VIEW order_totals;",
      good: "REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;"
    }
  },
  (ctx) => statementsOf(ctx, "RefreshMatViewStmt").filter((s) => !s.node.concurrent && !s.node.skipData).map((s) => ({
    at: s,
    object: targetTable(ctx, s),
    message: `REFRESH MATERIALIZED VIEW ${targetTable(ctx, s)} without CONCURRENTLY blocks every read of the view until it completes.`
  }))
);

// src/rules/locking/reindex-non-concurrently.ts
var reindex_non_concurrently_default = rule(
  {
    id: "reindex-non-concurrently",
    category: "locking",
    severity: "warning",
    summary: "REINDEX without CONCURRENTLY.",
    rationale: "REINDEX locks out writes to the table (and reads that would use the index) for the whole rebuild.",
    safeAlternative: "REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction.",
    needs: "sql",
    lock: "ShareLock",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY);",
      bad: "REINDEX TABLE orders;",
      good: "REINDEX TABLE CONCURRENTLY orders;"
    }
  },
  (ctx) => statementsOf(ctx, "ReindexStmt").filter((s) => !option(s.node.params, "concurrently")).map((s) => ({
    at: s,
    message: "REINDEX without CONCURRENTLY blocks writes to the table while it rebuilds. Use REINDEX ... CONCURRENTLY outside a transaction."
  }))
);

// src/rules/locking/set-not-null-scan.ts
var set_not_null_scan_default = rule(
  {
    id: "set-not-null-scan",
    category: "locking",
    severity: "error",
    summary: "SET NOT NULL on an existing column without a validated CHECK proving it first.",
    rationale: "PostgreSQL scans the whole table under ACCESS EXCLUSIVE to check for NULLs (no reads or writes meanwhile), and the migration fails if one exists. Since PostgreSQL 12 a valid CHECK (col IS NOT NULL) lets it skip that scan.",
    safeAlternative: "ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT (weaker lock); then SET NOT NULL (no scan); then drop the CHECK.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);",
      bad: "ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;",
      good: "ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_not_null;\nALTER TABLE accounts ALTER COLUMN email SET NOT NULL;\nALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;"
    }
  },
  (ctx) => alterExisting(ctx).filter(({ cmds }) => cmds.some((c) => c.subtype === "AT_SetNotNull")).filter(({ s, table }) => measuredScan(s, table) !== false).map(({ s, table, cmds }) => ({
    at: s,
    object: table,
    message: `SET NOT NULL on ${cmds.filter((c) => c.subtype === "AT_SetNotNull").map((c) => c.name).join(
      ", "
    )} ${measuredScan(s, table) ? "scanned" : "scans"} all of ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)} Prove it first with CHECK (... IS NOT NULL) NOT VALID and VALIDATE CONSTRAINT.`
  }))
);

// src/rules/locking/statements-after-access-exclusive.ts
var statements_after_access_exclusive_default = rule(
  {
    id: "statements-after-access-exclusive",
    category: "locking",
    severity: "warning",
    summary: "More statements run in a transaction that already holds ACCESS EXCLUSIVE on an existing table.",
    rationale: "Locks are held until commit: every statement after the one that took ACCESS EXCLUSIVE keeps the table unreadable for its whole duration.",
    safeAlternative: "Put the ACCESS EXCLUSIVE statement last, or in a migration of its own, so the lock is held for milliseconds.",
    needs: "review",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE accounts ADD COLUMN nickname text;\nCREATE INDEX orders_id_idx ON orders (id);",
      good: "ALTER TABLE accounts ADD COLUMN nickname text;\n-- and the index in a migration of its own:\n-- CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);"
    }
  },
  (ctx) => ctx.migrations.flatMap(
    (m) => (m.outcome?.heldAtCommit ?? []).filter((h) => h.mode === "AccessExclusiveLock" && h.kind === "table" && ctx.existedBefore(h.relation)).flatMap((h) => {
      const after = m.statements.filter((s) => s.stmt.index > h.since && s.stmt.kind !== "TransactionStmt");
      const first = m.statements[h.since];
      if (!after.length || !first) return [];
      const extra = h.heldMs - (first.outcome?.durationMs ?? 0);
      return [
        {
          at: first,
          object: h.relation,
          message: `ACCESS EXCLUSIVE on ${h.relation} is held while ${after.length} more statement${after.length === 1 ? " runs" : "s run"}: ${Math.round(h.heldMs)} ms in all here, ${Math.round(extra)} ms of it after this statement. Move it last or into its own migration.`
        }
      ];
    })
  )
);

// src/rules/locking/table-rewrite.ts
var EXPLAINED_KINDS = /* @__PURE__ */ new Set(["VacuumStmt", "ClusterStmt", "TruncateStmt", "RefreshMatViewStmt"]);
var EXPLAINED_COMMANDS = /* @__PURE__ */ new Set(["AT_AddColumn", "AT_AlterColumnType"]);
var UNEXPLAINED_REWRITES = /* @__PURE__ */ new Set(["AT_SetLogged", "AT_SetUnLogged", "AT_SetTableSpace", "AT_SetAccessMethod", "AT_SetExpression"]);
var explained = (s) => {
  if (EXPLAINED_KINDS.has(s.stmt.kind)) return true;
  const cmds = s.stmt.kind === "AlterTableStmt" ? alterCommands(s.node) : [];
  return cmds.some((c) => EXPLAINED_COMMANDS.has(c.subtype)) && !cmds.some((c) => UNEXPLAINED_REWRITES.has(c.subtype));
};
var table_rewrite_default = rule(
  {
    id: "table-rewrite",
    category: "locking",
    severity: "error",
    summary: "A statement rewrote an existing table (measured), for a reason no more specific rule names.",
    rationale: "A rewrite copies the whole table (and rebuilds its indexes) under ACCESS EXCLUSIVE: SET LOGGED/UNLOGGED, SET TABLESPACE, SET ACCESS METHOD and similar look harmless but block the table for as long as the copy takes.",
    safeAlternative: "Do it in a maintenance window, or build a new table and switch over; the sandbox shows the measured cost.",
    needs: "review",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE events (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE events SET UNLOGGED;",
      good: "CREATE UNLOGGED TABLE events_unlogged (LIKE events INCLUDING ALL);\n-- copy the rows in batches, then swap the names in one short transaction"
    }
  },
  (ctx) => ctx.statements.filter((s) => !explained(s)).flatMap(
    (s) => (s.outcome?.rewrites ?? []).filter((r) => ctx.existedBefore(r)).map((table) => ({
      at: s,
      object: table,
      message: `This statement rewrote ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE (measured: its storage was written anew).${tookHere(s)}`
    }))
  )
);

// src/rules/locking/type-change-resets-statistics.ts
var type_change_resets_statistics_default = rule(
  {
    id: "type-change-resets-statistics",
    category: "locking",
    severity: "info",
    summary: "ALTER COLUMN ... TYPE on an existing table drops the column's planner statistics.",
    rationale: "After a type change the planner has no statistics for the column until ANALYZE runs (autovacuum may take a while on a big table): plans that depend on it can turn bad right after the deploy.",
    safeAlternative: "Run ANALYZE on the table right after the migration (outside its transaction).",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, code varchar(10));",
      bad: "ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);",
      good: "ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);\nANALYZE accounts;"
    }
  },
  (ctx) => alterExisting(ctx).filter(({ cmds }) => cmds.some((c) => c.subtype === "AT_AlterColumnType")).filter(
    ({ s, table }) => !s.migration.statements.some(
      (o) => o.stmt.index > s.stmt.index && o.stmt.kind === "VacuumStmt" && ctx.qualify((o.node.rels ?? [])[0]?.VacuumRelation?.relation) === table
    )
  ).map(({ s, table }) => ({
    at: s,
    object: table,
    message: `The type change drops the planner statistics of the column on ${table}: run ANALYZE ${table} after the migration.`
  }))
);

// src/rules/locking/unbatched-backfill.ts
var unbatched_backfill_default = rule(
  {
    id: "unbatched-backfill",
    category: "locking",
    severity: "warning",
    summary: "UPDATE or DELETE of a whole existing table in one statement.",
    rationale: "One statement that touches every row holds row locks on all of them until commit (blocking concurrent updates), bloats the table with dead tuples and produces WAL in one burst that replicas must replay.",
    safeAlternative: "Backfill in batches of a few thousand rows by key range, each in its own transaction, outside the schema migration.",
    needs: "sql",
    lock: "RowExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);",
      bad: "UPDATE accounts SET plan = 'free';",
      good: "UPDATE accounts SET plan = 'free' WHERE id BETWEEN 1 AND 10000 AND plan IS NULL;\n-- repeat per batch, outside the migration"
    }
  },
  (ctx) => statementsOf(ctx, "UpdateStmt", "DeleteStmt").filter((s) => !s.node.whereClause && ctx.existedBefore(targetTable(ctx, s))).map((s) => {
    const table = targetTable(ctx, s);
    const rows = s.outcome?.rowCount;
    return {
      at: s,
      object: table,
      message: `${s.stmt.kind === "UpdateStmt" ? "UPDATE" : "DELETE"} of every row of ${table} in one statement${rows !== null && rows !== void 0 ? ` (${rows.toLocaleString("en-US")} rows here)` : ""}: row locks on all of them until commit, and one burst of WAL.${tookHere(s)} Backfill in batches outside the migration.`
    };
  })
);

// src/rules/locking/unique-constraint-inline.ts
var unique_constraint_inline_default = rule(
  {
    id: "unique-constraint-inline",
    category: "locking",
    severity: "error",
    summary: "ADD CONSTRAINT ... UNIQUE on an existing table, building its index inline.",
    rationale: "The unique index is built while ACCESS EXCLUSIVE is held on the table: no reads or writes for the whole build.",
    safeAlternative: "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (instant).",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);",
      bad: "ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);",
      good: "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);\nALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;"
    }
  },
  (ctx) => alterExisting(ctx).filter(({ cmds }) => cmds.some((c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.contype === "CONSTR_UNIQUE" && !c.def.Constraint.indexname)).map(({ s, table }) => ({
    at: s,
    object: table,
    message: `UNIQUE constraint built inline: its index is built on ${table}${rowsIn(ctx, table)} under ACCESS EXCLUSIVE.${tookHere(s)} Build it with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.`
  }))
);

// src/rules/locking/vacuum-full-or-cluster.ts
var vacuum_full_or_cluster_default = rule(
  {
    id: "vacuum-full-or-cluster",
    category: "locking",
    severity: "error",
    summary: "VACUUM FULL or CLUSTER in a migration.",
    rationale: "Both rewrite the whole table under ACCESS EXCLUSIVE: no reads or writes until the copy is done, and they need free disk for a second copy of the table.",
    safeAlternative: "Run pg_repack (or REPACK CONCURRENTLY on PostgreSQL 19+) as an operational task, not in a migration.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY);",
      bad: "VACUUM FULL orders;",
      good: "-- a plain VACUUM marks dead rows reusable without blocking reads or writes; pg_repack --table=orders, run outside the migration, gives the space back\nVACUUM (ANALYZE) orders;"
    }
  },
  (ctx) => [
    ...statementsOf(ctx, "VacuumStmt").filter((s) => option(s.node.options, "full")).map((s) => ({
      at: s,
      message: `VACUUM FULL rewrites the table under ACCESS EXCLUSIVE: no reads or writes until it finishes.${tookHere(s)} Use pg_repack outside the migration.`
    })),
    ...statementsOf(ctx, "ClusterStmt").map((s) => ({
      at: s,
      message: `CLUSTER rewrites the table under ACCESS EXCLUSIVE: no reads or writes until it finishes.${tookHere(s)} Use pg_repack outside the migration.`
    }))
  ]
);

// src/rules/locking/validate-in-same-transaction.ts
var validate_in_same_transaction_default = rule(
  {
    id: "validate-in-same-transaction",
    category: "locking",
    severity: "warning",
    summary: "A constraint added NOT VALID and validated in the same transaction.",
    rationale: "NOT VALID exists so that validation can happen later under a weaker lock; validating in the transaction that added the constraint still holds the ACCESS EXCLUSIVE lock from the ADD during the whole scan.",
    safeAlternative: "Commit the NOT VALID constraint first; validate it in a separate migration (or one that runs outside a transaction).",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint);",
      bad: "ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;",
      good: "-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;"
    }
  },
  (ctx) => statementsOf(ctx, "AlterTableStmt").flatMap((s) => {
    if (s.migration.transaction === "none") return [];
    const validated = alterCommands(s.node).filter((c) => c.subtype === "AT_ValidateConstraint").map((c) => c.name);
    return validated.filter(
      (name) => s.migration.statements.some(
        (other) => other.stmt.index < s.stmt.index && other.stmt.kind === "AlterTableStmt" && alterCommands(other.node).some(
          (c) => c.subtype === "AT_AddConstraint" && c.def?.Constraint?.conname === name && c.def.Constraint.skip_validation
        )
      )
    ).map((name) => ({
      at: s,
      object: targetTable(ctx, s),
      message: `${name} is validated in the same transaction that added it NOT VALID: the ADD's ACCESS EXCLUSIVE lock is still held during validation. Validate it in a separate migration.`
    }));
  })
);

// src/rules/breaking/add-required-column.ts
var add_required_column_default = rule(
  {
    id: "add-required-column",
    category: "breaking",
    severity: "error",
    summary: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table.",
    rationale: "It fails outright on a table that has rows, and on an empty one it breaks every INSERT of the deployed code, which does not know the column.",
    safeAlternative: "Add it with a constant DEFAULT (instant since PostgreSQL 11), or nullable, backfill, then make it NOT NULL through a validated CHECK.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE accounts ADD COLUMN plan text NOT NULL;",
      good: "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(
    ({ s, table, cmds }) => columnDefs(cmds.filter((c) => c.subtype === "AT_AddColumn").map((c) => c.def)).filter(
      (col) => col.constraints.some((c) => c.contype === "CONSTR_NOTNULL" || c.contype === "CONSTR_PRIMARY") && !col.constraints.some((c) => ["CONSTR_DEFAULT", "CONSTR_IDENTITY", "CONSTR_GENERATED"].includes(c.contype)) && !/serial/.test(col.type)
    ).map((col) => ({
      at: s,
      object: `${table}.${col.name}`,
      message: `Adds ${col.name} NOT NULL without a DEFAULT to ${table}: it fails if the table has rows, and deployed INSERTs that do not set it fail. Give it a constant DEFAULT.`
    }))
  )
);

// src/rules/breaking/analyze-fails.ts
var analyze_fails_default = pipelineRule({
  id: "analyze-fails",
  category: "breaking",
  severity: "error",
  summary: "ANALYZE fails on a table once it holds rows, because of an index (or its function) the change creates.",
  rationale: "ANALYZE evaluates every index expression on sampled rows. Since PostgreSQL 17 it, VACUUM, CREATE INDEX, REINDEX and pg_restore do so with search_path = pg_catalog, pg_temp, so an IMMUTABLE function that calls another through the session search_path works for INSERT and fails there: autovacuum never analyzes the table again (its statistics go stale and plans go wrong), and a dump of the database does not restore.",
  safeAlternative: "Schema-qualify every name the function calls (or write its body as BEGIN ATOMIC, resolved when it is created), or give the function SET search_path.",
  needs: "review",
  example: {
    setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);",
    bad: "CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;\nCREATE FUNCTION contact_key(e text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN lower(email_domain(e)); END $$;\nCREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, email text);\nCREATE INDEX contacts_key ON contacts (contact_key(email));",
    good: "CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 2) $$;\nCREATE FUNCTION contact_key(e text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN lower(public.email_domain(e)); END $$;\nCREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, email text);\nCREATE INDEX contacts_key ON contacts (contact_key(email));"
  }
});

// src/rules/breaking/drop-cascade.ts
var drop_cascade_default = rule(
  {
    id: "drop-cascade",
    category: "breaking",
    severity: "warning",
    summary: "DROP ... CASCADE.",
    rationale: "CASCADE silently drops every dependent object too (views, foreign keys, functions that reference it): the statement does more than it says.",
    safeAlternative: "Drop the dependents explicitly first, so the review shows each one, then drop without CASCADE.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE VIEW active_accounts AS SELECT id FROM accounts;",
      bad: "DROP TABLE accounts CASCADE;",
      good: "DROP VIEW active_accounts;\nDROP TABLE accounts;"
    }
  },
  (ctx) => statementsOf(ctx, "DropStmt").filter((s) => s.node.behavior === "DROP_CASCADE" && s.node.removeType !== "OBJECT_SCHEMA").map((s) => ({
    at: s,
    message: `DROP ... CASCADE also drops every object that depends on it${ctx.catalog ? "; the catalog diff lists what went" : ""}. Drop dependents explicitly instead.`
  }))
);

// src/rules/breaking/drop-column.ts
var drop_column_default = rule(
  {
    id: "drop-column",
    category: "breaking",
    severity: "warning",
    summary: "DROP COLUMN on an existing table.",
    rationale: "The application version running during and just after the deploy still reads and writes the column: its queries fail the moment the column is gone, and the data cannot be recovered without a backup.",
    safeAlternative: "Expand and contract: stop using the column in one release (ignore it in the ORM), drop it in a later migration once no running code references it.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, legacy_code text);",
      bad: "ALTER TABLE accounts DROP COLUMN legacy_code;",
      good: "-- release N: the application stops reading and writing legacy_code; the drop waits for a later migration\nCOMMENT ON COLUMN accounts.legacy_code IS 'unused since release N; dropped in release N+1';"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(
    ({ s, table, cmds }) => cmds.filter((c) => c.subtype === "AT_DropColumn").map((c) => ({
      at: s,
      object: `${table}.${c.name}`,
      message: `Drops ${table}.${c.name}: code still deployed that reads or writes it fails, and its data is gone. Stop using it in a release first, then drop it.`
    }))
  )
);

// src/rules/breaking/drop-database.ts
var drop_database_default = rule(
  {
    id: "drop-database",
    category: "breaking",
    severity: "error",
    summary: "DROP DATABASE in a migration.",
    rationale: "A migration runs against one database; dropping a database from it destroys data wholesale and is never a schema change.",
    safeAlternative: "Remove databases as an operational task, after backups, not in a migration.",
    needs: "sql",
    example: {
      setup: "",
      bad: "DROP DATABASE analytics;",
      good: "-- an operator drops the analytics database after a backup; the migration removes only what this database kept for it\nDROP VIEW IF EXISTS analytics_export;"
    }
  },
  (ctx) => statementsOf(ctx, "DropdbStmt").map((s) => ({ at: s, message: `DROP DATABASE ${s.node.dbname}: a migration must not drop databases.` }))
);

// src/rules/breaking/drop-foreign-key.ts
var drop_foreign_key_default = rule(
  {
    id: "drop-foreign-key",
    category: "breaking",
    severity: "info",
    summary: "A foreign key constraint is dropped from an existing table.",
    rationale: "Without it, orphaned rows can appear silently: the integrity the schema guaranteed is now the application's job.",
    safeAlternative: "If the relationship changes, add the new constraint (NOT VALID, then VALIDATE) before dropping the old one.",
    needs: "review",
    lock: "ShareRowExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint CONSTRAINT orders_account_fk REFERENCES accounts);",
      bad: "ALTER TABLE orders DROP CONSTRAINT orders_account_fk;",
      good: "ALTER TABLE orders ADD CONSTRAINT orders_account_fk_v2 FOREIGN KEY (account_id) REFERENCES accounts ON DELETE CASCADE NOT VALID;\nALTER TABLE orders DROP CONSTRAINT orders_account_fk;\n-- then, in a migration of its own: ALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk_v2;"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(
    ({ s, table, cmds }) => cmds.filter((c) => {
      const dropped = ctx.catalog?.before.tables[table]?.constraints.find((k) => k.name === c.name && k.type === "foreign key");
      const readded = ctx.catalog?.after.tables[table]?.constraints.some(
        (k) => k.type === "foreign key" && k.references?.table === dropped?.references?.table && k.columns.join() === dropped?.columns.join()
      );
      return dropped !== void 0 && !readded;
    }).map((c) => ({ at: s, object: `${table}.${c.name}`, message: `Drops foreign key ${c.name} from ${table}: nothing stops orphaned rows from now on.` }))
  )
);

// src/rules/breaking/drop-index.ts
var drop_index_default = rule(
  {
    id: "drop-index",
    category: "breaking",
    severity: "info",
    summary: "An index of an existing table is dropped.",
    rationale: "Queries that used the index fall back to other plans, possibly sequential scans, the moment it is gone.",
    safeAlternative: "Confirm the index is unused (pg_stat_user_indexes.idx_scan over a representative period) before dropping it; keep its definition to recreate it quickly.",
    needs: "review",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz);\nCREATE INDEX orders_placed_at_idx ON orders (placed_at);",
      bad: "DROP INDEX CONCURRENTLY orders_placed_at_idx;",
      good: "-- on production, before any drop: an index that is still scanned stays\nSELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'orders_placed_at_idx';"
    }
  },
  (ctx) => statementsOf(ctx, "DropStmt").filter((s) => s.node.removeType === "OBJECT_INDEX").flatMap(
    (s) => (s.node.objects ?? []).flatMap((o) => {
      const name = nameOf(o.List?.items).split(".").pop();
      const table = Object.values(ctx.catalog?.before.tables ?? {}).find((t) => t.indexes.some((i) => i.name === name));
      return table ? [
        {
          at: s,
          object: name,
          message: `Drops ${name} on ${table.qualifiedName}: queries that used it change plans. Check pg_stat_user_indexes first.`
        }
      ] : [];
    })
  )
);

// src/rules/breaking/drop-not-null.ts
var drop_not_null_default = rule(
  {
    id: "drop-not-null",
    category: "breaking",
    severity: "info",
    summary: "DROP NOT NULL on an existing column.",
    rationale: "Code (and reports) written against the column assume it always has a value; once NULLs can appear they break in ways no test covered.",
    safeAlternative: "Check every reader handles NULL before relaxing the constraint.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);",
      bad: "ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;",
      good: "-- release N: every reader handles a NULL email; NOT NULL is dropped in a later migration\nCOMMENT ON COLUMN accounts.email IS 'may become NULL from release N+1: readers must handle it';"
    }
  },
  (ctx) => alterExisting(ctx).flatMap(
    ({ s, table, cmds }) => cmds.filter((c) => c.subtype === "AT_DropNotNull").map((c) => ({ at: s, object: `${table}.${c.name}`, message: `${table}.${c.name} may now be NULL: code that assumed a value will meet NULLs.` }))
  )
);

// src/rules/breaking/drop-schema.ts
var drop_schema_default = rule(
  {
    id: "drop-schema",
    category: "breaking",
    severity: "error",
    summary: "DROP SCHEMA.",
    rationale: "Dropping a schema removes every object in it (with CASCADE) or fails (without): either way a migration should not do it casually.",
    safeAlternative: "Drop the objects one by one in deliberate migrations, after backups; drop the empty schema last.",
    needs: "sql",
    example: {
      setup: "CREATE SCHEMA reporting;\nCREATE VIEW reporting.daily_totals AS SELECT 1 AS total;",
      bad: "DROP SCHEMA reporting CASCADE;",
      good: "-- drop what reporting holds deliberately, object by object; the empty schema goes in a later migration\nDROP VIEW reporting.daily_totals;"
    }
  },
  (ctx) => statementsOf(ctx, "DropStmt").filter((s) => s.node.removeType === "OBJECT_SCHEMA").map((s) => ({
    at: s,
    message: `Drops schema ${(s.node.objects ?? []).map(str).join(", ")}${s.node.behavior === "DROP_CASCADE" ? " and everything in it" : ""}.`
  }))
);

// src/rules/breaking/drop-sequence.ts
var drop_sequence_default = rule(
  {
    id: "drop-sequence",
    category: "breaking",
    severity: "warning",
    summary: "DROP SEQUENCE of an existing sequence.",
    rationale: "Defaults that call nextval() on it fail, and its current value (which ids have been handed out) is lost.",
    safeAlternative: "Remove the defaults that use it in one release; drop it later.",
    needs: "review",
    example: {
      setup: "CREATE SEQUENCE invoice_no;",
      bad: "DROP SEQUENCE invoice_no;",
      good: "-- release N: nothing calls nextval('invoice_no') any more; the drop waits for a later migration\nCOMMENT ON SEQUENCE invoice_no IS 'unused since release N; dropped in release N+1';"
    }
  },
  (ctx) => statementsOf(ctx, "DropStmt").filter((s) => s.node.removeType === "OBJECT_SEQUENCE").flatMap(
    (s) => (s.node.objects ?? []).map((o) => nameOf(o.List?.items)).map((n) => n.includes(".") ? n : `public.${n}`).filter((n) => ctx.catalog?.before.objects.sequence[n]).map((n) => ({ at: s, object: n, message: `Drops sequence ${n}: defaults that call nextval() on it fail, and its position is lost.` }))
  )
);

// src/rules/breaking/drop-table.ts
var drop_table_default = rule(
  {
    id: "drop-table",
    category: "breaking",
    severity: "warning",
    summary: "DROP TABLE of a table that existed before the change.",
    rationale: "Dropping a table deletes its data irreversibly and breaks every query of the deployed application version that still uses it.",
    safeAlternative: "Stop using the table in one release; rename it (or keep it) for a release; drop it later, after a backup.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE legacy_events (id bigint PRIMARY KEY);",
      bad: "DROP TABLE legacy_events;",
      good: "-- release N: no code uses legacy_events and it is backed up; the drop waits for a later migration\nCOMMENT ON TABLE legacy_events IS 'unused since release N; dropped in release N+1';"
    }
  },
  (ctx) => statementsOf(ctx, "DropStmt").filter((s) => s.node.removeType === "OBJECT_TABLE").flatMap(
    (s) => (s.node.objects ?? []).map((o) => (o.List?.items ?? []).map(str)).map((parts) => parts.length > 1 ? parts.slice(-2).join(".") : ctx.qualify({ relname: parts[0] })).filter((t) => ctx.existedBefore(t)).map((t) => ({ at: s, object: t, message: `Drops ${t} with its data: deployed code that uses it breaks, and only a backup brings it back.` }))
  )
);

// src/rules/breaking/enum-recreated.ts
var enum_recreated_default = rule(
  {
    id: "enum-recreated",
    category: "breaking",
    severity: "warning",
    summary: "An enum type in use is dropped (typically to recreate it without a value).",
    rationale: "PostgreSQL cannot remove or reorder enum values; the workaround (create a new type, ALTER every column to it, drop the old) rewrites every table that uses it and breaks code that still writes the removed value.",
    safeAlternative: "Keep the value and stop using it (a CHECK can forbid it); or use a lookup table or text with a CHECK for sets that change.",
    needs: "review",
    example: {
      setup: "CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh');\nCREATE TABLE people (id bigint PRIMARY KEY, mood mood);",
      bad: "ALTER TYPE mood RENAME TO mood_old;\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::text::mood;\nDROP TYPE mood_old;",
      good: "ALTER TABLE people ADD CONSTRAINT mood_not_meh CHECK (mood <> 'meh') NOT VALID;"
    }
  },
  (ctx) => {
    const renamedFrom = new Map(
      statementsOf(ctx, "RenameStmt").filter((s) => s.node.renameType === "OBJECT_TYPE").map((s) => [s.node.newname, nameOf(listItems(s.node.object))])
    );
    return statementsOf(ctx, "DropStmt").filter((s) => s.node.removeType === "OBJECT_TYPE").flatMap(
      (s) => (s.node.objects ?? []).flatMap((o) => {
        const dropped = nameOf(o.TypeName?.names ?? o.List?.items);
        const name = renamedFrom.get(dropped) ?? dropped;
        const qualified = name.includes(".") ? name : `public.${name}`;
        const before = Object.entries(ctx.catalog?.before.objects.type ?? {}).find(([n]) => n === qualified);
        return before?.[1].properties.kind === "enum" ? [
          {
            at: s,
            object: qualified,
            message: `Drops enum ${qualified}: recreating an enum to remove a value rewrites every column that uses it, and deployed code writing the removed value fails.`
          }
        ] : [];
      })
    );
  }
);

// src/rules/breaking/extension-upgrade.ts
var extension_upgrade_default = rule(
  {
    id: "extension-upgrade",
    category: "breaking",
    severity: "info",
    summary: "ALTER EXTENSION ... UPDATE.",
    rationale: "An extension upgrade can change function signatures, operator behaviour and on-disk formats; it is not covered by the application's tests of the schema.",
    safeAlternative: "Read the extension's release notes, test the upgrade on a copy of production, and upgrade in its own change.",
    needs: "sql",
    example: {
      setup: "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
      bad: "ALTER EXTENSION pg_trgm UPDATE;",
      good: "-- keep the installed version here: compare it with production's, and upgrade in a change of its own after testing on a production copy\nSELECT extversion FROM pg_extension WHERE extname = 'pg_trgm';"
    }
  },
  (ctx) => statementsOf(ctx, "AlterExtensionStmt").map((s) => ({
    at: s,
    message: `Upgrades extension ${s.node.extname}: behaviour the application relies on can change. Test it on a production copy.`
  }))
);

// src/rules/breaking/rename-column.ts
var rename_column_default = rule(
  {
    id: "rename-column",
    category: "breaking",
    severity: "warning",
    summary: "RENAME COLUMN on an existing table.",
    rationale: "The rename is instant, but the application version still running uses the old name: its queries fail from the moment the migration commits until the new code is everywhere.",
    safeAlternative: "Expand and contract: add the new column, write both, backfill, switch reads, then drop the old one; or add a view or generated column under the old name for the transition.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, mail text);",
      bad: "ALTER TABLE accounts RENAME COLUMN mail TO email;",
      good: "ALTER TABLE accounts ADD COLUMN email text;\n-- dual-write, backfill, switch reads; later drop mail"
    }
  },
  (ctx) => statementsOf(ctx, "RenameStmt").filter((s) => s.node.renameType === "OBJECT_COLUMN" && ctx.existedBefore(ctx.qualify(s.node.relation))).map((s) => ({
    at: s,
    object: `${ctx.qualify(s.node.relation)}.${s.node.subname}`,
    message: `Renames ${ctx.qualify(s.node.relation)}.${s.node.subname} to ${s.node.newname}: deployed code that uses the old name fails until every instance runs the new code.`
  }))
);

// src/rules/breaking/rename-enum-value.ts
var rename_enum_value_default = rule(
  {
    id: "rename-enum-value",
    category: "breaking",
    severity: "warning",
    summary: "ALTER TYPE ... RENAME VALUE on an enum in use.",
    rationale: "Deployed code that writes or compares the old label fails or silently stops matching.",
    safeAlternative: "Add the new value, migrate rows to it, stop using the old value; keep it (enum values cannot be removed).",
    needs: "sql",
    example: {
      setup: "CREATE TYPE status AS ENUM ('active', 'disabled');",
      bad: "ALTER TYPE status RENAME VALUE 'disabled' TO 'suspended';",
      good: "ALTER TYPE status ADD VALUE 'suspended';\n-- then migrate rows and code to 'suspended'"
    }
  },
  (ctx) => statementsOf(ctx, "AlterEnumStmt").filter((s) => s.node.oldVal).map((s) => ({
    at: s,
    object: nameOf(s.node.typeName),
    message: `Renames enum value '${s.node.oldVal}' of ${nameOf(s.node.typeName)} to '${s.node.newVal}': deployed code using the old label breaks.`
  }))
);

// src/rules/breaking/rename-schema.ts
var rename_schema_default = rule(
  {
    id: "rename-schema",
    category: "breaking",
    severity: "warning",
    summary: "ALTER SCHEMA ... RENAME TO.",
    rationale: "Every qualified reference in deployed code, search_path settings and grants by schema name breaks at once.",
    safeAlternative: "Create the new schema, move objects, keep the old name working (views, search_path) until nothing uses it.",
    needs: "sql",
    example: {
      setup: "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint PRIMARY KEY);",
      bad: "ALTER SCHEMA billing RENAME TO invoicing;",
      good: "-- the new name works beside the old one until no code uses billing\nCREATE SCHEMA invoicing;\nCREATE VIEW invoicing.invoices AS SELECT * FROM billing.invoices;"
    }
  },
  (ctx) => statementsOf(ctx, "RenameStmt").filter((s) => s.node.renameType === "OBJECT_SCHEMA").map((s) => ({ at: s, message: `Renames schema ${s.node.subname} to ${s.node.newname}: every reference to the old name breaks.` }))
);

// src/rules/breaking/rename-table.ts
var rename_table_default = rule(
  {
    id: "rename-table",
    category: "breaking",
    severity: "warning",
    summary: "RENAME of an existing table.",
    rationale: "Deployed code still queries the old name and fails the moment the rename commits.",
    safeAlternative: "Rename, then create a view with the old name (simple views are updatable) for the transition; drop the view once no code uses it.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE customer (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE customer RENAME TO customers;",
      good: "ALTER TABLE customer RENAME TO customers;\nCREATE VIEW customer AS SELECT * FROM customers;"
    }
  },
  (ctx) => statementsOf(ctx, "RenameStmt").filter((s) => s.node.renameType === "OBJECT_TABLE" && ctx.existedBefore(ctx.qualify(s.node.relation))).filter((s) => !ctx.statements.some((v) => v.stmt.kind === "ViewStmt" && v.node.view?.relname === s.node.relation?.relname)).map((s) => ({
    at: s,
    object: ctx.qualify(s.node.relation),
    message: `Renames ${ctx.qualify(s.node.relation)} to ${s.node.newname}: deployed code that queries the old name fails. Leave a view under the old name for the transition.`
  }))
);

// src/rules/breaking/replica-identity-change.ts
var replica_identity_change_default = rule(
  {
    id: "replica-identity-change",
    category: "breaking",
    severity: "warning",
    summary: "ALTER TABLE ... REPLICA IDENTITY on an existing table.",
    rationale: "Logical replication and CDC consumers (Debezium, publications) depend on what old-row data UPDATE and DELETE write to WAL; changing it changes what they receive, and FULL multiplies WAL volume.",
    safeAlternative: "Coordinate with the consumers of the table's changes; prefer a primary key (the default identity) over FULL.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint NOT NULL, email text);",
      bad: "ALTER TABLE accounts REPLICA IDENTITY FULL;",
      good: "-- a primary key makes the default identity work: consumers keep receiving the key of changed rows\nCREATE UNIQUE INDEX CONCURRENTLY accounts_id_key ON accounts (id);\nALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_key;"
    }
  },
  (ctx) => alterExisting(ctx).filter(({ cmds }) => cmds.some((c) => c.subtype === "AT_ReplicaIdentity")).map(({ s, table }) => ({
    at: s,
    object: table,
    message: `Changes the replica identity of ${table}: logical replication and CDC consumers receive different old-row data from now on.`
  }))
);

// src/rules/breaking/truncate-cascade.ts
var truncate_cascade_default = rule(
  {
    id: "truncate-cascade",
    category: "breaking",
    severity: "error",
    summary: "TRUNCATE ... CASCADE.",
    rationale: "CASCADE also empties every table that references the truncated ones through foreign keys, recursively: far more data than the statement names.",
    safeAlternative: "Name every table to truncate explicitly, after checking what references them.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);",
      bad: "TRUNCATE accounts CASCADE;",
      good: "TRUNCATE orders, accounts;"
    }
  },
  (ctx) => statementsOf(ctx, "TruncateStmt").filter((s) => s.node.behavior === "DROP_CASCADE").map((s) => ({ at: s, message: "TRUNCATE ... CASCADE also empties every table that references these through foreign keys." }))
);

// src/rules/breaking/truncate-table.ts
var truncate_table_default = rule(
  {
    id: "truncate-table",
    category: "breaking",
    severity: "warning",
    summary: "TRUNCATE of an existing table.",
    rationale: "TRUNCATE deletes every row (irreversibly once committed) under ACCESS EXCLUSIVE; in a migration it usually means data loss in production that was meant for development.",
    safeAlternative: "Delete what must go with a WHERE clause in batches, or keep the data; back up first.",
    needs: "sql",
    lock: "AccessExclusiveLock",
    example: {
      setup: "CREATE TABLE sessions (id bigint PRIMARY KEY);",
      bad: "TRUNCATE sessions;",
      good: "DELETE FROM sessions WHERE created_at < now() - interval '30 days';"
    }
  },
  (ctx) => statementsOf(ctx, "TruncateStmt").flatMap(
    (s) => (s.node.relations ?? []).map((r) => ctx.qualify(r.RangeVar)).filter((t) => ctx.existedBefore(t)).map((t) => ({ at: s, object: t, message: `TRUNCATE ${t} deletes every row in production.${tookHere(s)}` }))
  )
);

// src/rules/breaking/unique-on-existing-data.ts
var unique_on_existing_data_default = rule(
  {
    id: "unique-on-existing-data",
    category: "breaking",
    severity: "info",
    summary: "A unique index or constraint on an existing table.",
    rationale: "If production already holds duplicates the migration fails there (a CONCURRENTLY build leaves an INVALID index behind), even though it passed on empty development databases.",
    safeAlternative: "Query production for duplicates first (GROUP BY ... HAVING count(*) > 1) and clean them up in an earlier release.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);",
      bad: "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);",
      good: "-- on production first: this must return nothing before the unique index is built, in a migration of its own\nSELECT email FROM accounts GROUP BY email HAVING count(*) > 1;"
    }
  },
  (ctx) => statementsOf(ctx, "IndexStmt").filter((s) => s.node.unique && ctx.existedBefore(targetTable(ctx, s))).filter((s) => !statementsOf(ctx, "DeleteStmt").some((d) => runsBefore(ctx, d.stmt, s.stmt) && ctx.qualify(d.node.relation) === targetTable(ctx, s))).map((s) => ({
    at: s,
    object: targetTable(ctx, s),
    message: `A unique index on ${targetTable(ctx, s)}, which holds production data: it fails there if duplicates exist. Check for duplicates first.`
  }))
);

// src/rules/design/ban-char-type.ts
var ban_char_type_default = rule(
  {
    id: "ban-char-type",
    category: "design",
    severity: "warning",
    summary: "char(n) / character(n) columns.",
    rationale: "char(n) pads with spaces to n characters, wastes storage, and compares surprisingly (trailing spaces are ignored in some operations and not others); it is never faster than text.",
    safeAlternative: "text (with a CHECK on length if needed).",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE countries (code char(2) PRIMARY KEY);",
      good: "CREATE TABLE countries (code text PRIMARY KEY CHECK (char_length(code) = 2));"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => col.type === "bpchar").map(({ s, table, col }) => ({ at: s, object: `${table}.${col.name}`, message: `${col.name} is char(n): it pads values with spaces. Use text.` }))
);

// src/rules/design/ban-money-type.ts
var ban_money_type_default = rule(
  {
    id: "ban-money-type",
    category: "design",
    severity: "warning",
    summary: "The money type.",
    rationale: "money depends on lc_monetary (a dump restored under another locale changes values), has a fixed number of decimals and no currency.",
    safeAlternative: "numeric(p,s) with a currency column, or integer minor units.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE invoices (id bigint PRIMARY KEY, total money);",
      good: "CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12,2), currency text NOT NULL DEFAULT 'EUR');"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => col.type === "money").map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    message: `${col.name} is money: its value depends on lc_monetary. Use numeric and a currency column.`
  }))
);

// src/rules/design/column-alignment-padding.ts
var ALIGN = [
  [/^(bigint|double precision|timestamp|timestamp with time zone|time without time zone|interval|money|date_|bigserial)/, 8],
  [/^(integer|real|date|oid)$/, 4],
  [/^smallint$/, 2],
  [/^(boolean|"char")$/, 1]
];
function align(type) {
  return ALIGN.find(([re]) => re.test(type))?.[1] ?? 0;
}
function padding(types2) {
  let offset = 0;
  let wasted = 0;
  for (const t of types2) {
    const a = align(t);
    if (!a) continue;
    const pad = (a - offset % a) % a;
    wasted += pad;
    offset += pad + a;
  }
  return wasted;
}
var column_alignment_padding_default = rule(
  {
    id: "column-alignment-padding",
    category: "design",
    severity: "info",
    summary: "A new table whose fixed-width columns waste alignment padding in every row.",
    rationale: "PostgreSQL aligns 8-byte values on 8-byte boundaries: a boolean or int between bigints costs padding bytes in every row of a large table.",
    safeAlternative: "Declare 8-byte columns first, then 4-, 2- and 1-byte ones, then variable-width ones.",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE TABLE readings (active boolean, id bigint, flag boolean, at timestamptz);",
      good: "CREATE TABLE readings (id bigint, at timestamptz, active boolean, flag boolean);"
    }
  },
  (ctx) => touchedTables(ctx).filter((t) => !ctx.existedBefore(t.qualifiedName)).flatMap((t) => {
    const types2 = t.columns.map((c) => c.type);
    const wasted = padding(types2);
    const best = padding([...types2].sort((a, b) => align(b) - align(a)));
    const at = statementFor(ctx, t.qualifiedName);
    return wasted - best >= 4 && at ? [
      {
        at,
        object: t.qualifiedName,
        message: `Column order wastes ${wasted - best} bytes of alignment padding per row of ${t.qualifiedName}: declare 8-byte columns first.`
      }
    ] : [];
  })
);

// src/rules/design/duplicate-index.ts
var duplicate_index_default = rule(
  {
    id: "duplicate-index",
    category: "design",
    severity: "warning",
    summary: "An index that duplicates another, or whose columns are a leading prefix of another's.",
    rationale: "Every index slows every write and takes space and cache; an index whose columns lead another index serves no query the longer one cannot.",
    safeAlternative: "Drop the redundant index (keep a unique one if it enforces uniqueness).",
    needs: "review",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, placed_at timestamptz);\nCREATE INDEX orders_account_placed_idx ON orders (account_id, placed_at);",
      bad: "CREATE INDEX orders_account_idx ON orders (account_id);",
      good: "-- orders_account_placed_idx already serves lookups by account_id; lookups by placed_at alone need an index of their own\nCREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);"
    }
  },
  (ctx) => touchedTables(ctx).flatMap((t) => {
    const before = new Set(ctx.catalog?.before.tables[t.qualifiedName]?.indexes.map((i) => i.name) ?? []);
    return t.indexes.filter((i) => !before.has(i.name) && !i.unique && !i.predicate && i.columns.every((c) => c !== null)).flatMap((i) => {
      const wider = t.indexes.find(
        (o) => o !== i && o.method === i.method && !o.predicate && o.columns.length >= i.columns.length && i.columns.every((c, k) => o.columns[k] === c)
      );
      const at = statementFor(ctx, t.qualifiedName);
      return wider && at ? [
        {
          at,
          object: `${t.qualifiedName} index ${i.name}`,
          message: `${i.name} (${i.columns.join(", ")}) is ${wider.columns.length === i.columns.length ? "a duplicate of" : "a prefix of"} ${wider.name} (${wider.columns.join(", ")}): it serves no query ${wider.name} cannot, and slows every write.`
        }
      ] : [];
    });
  })
);

// src/rules/design/enum-type-created.ts
var enum_type_created_default = rule(
  {
    id: "enum-type-created",
    category: "design",
    severity: "info",
    summary: "A new enum type.",
    rationale: "Enum values can be added but never removed or reordered without recreating the type and rewriting every column that uses it; sets that change are better as a lookup table or text with a CHECK.",
    safeAlternative: "text with CHECK (col IN (...)) (changeable with NOT VALID), or a lookup table with a foreign key; keep enums for sets that truly never shrink.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');",
      good: "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped')));"
    }
  },
  (ctx) => statementsOf(ctx, "CreateEnumStmt").map((s) => ({
    at: s,
    object: nameOf(s.node.typeName),
    message: `Enum ${nameOf(s.node.typeName)}: its values can never be removed or reordered without a rewrite. Will this set only ever grow?`
  }))
);

// src/rules/design/enum-value-without-position.ts
var enum_value_without_position_default = rule(
  {
    id: "enum-value-without-position",
    category: "design",
    severity: "info",
    summary: "ALTER TYPE ... ADD VALUE without BEFORE or AFTER.",
    rationale: "Enums sort by declaration order; a value appended at the end may sort wrongly in ORDER BY and range comparisons (status < 'shipped').",
    safeAlternative: "ADD VALUE 'x' BEFORE 'y' (or AFTER) to place it where it belongs in the order.",
    needs: "sql",
    example: {
      setup: "CREATE TYPE size AS ENUM ('small', 'large');",
      bad: "ALTER TYPE size ADD VALUE 'medium';",
      good: "ALTER TYPE size ADD VALUE 'medium' AFTER 'small';"
    }
  },
  (ctx) => statementsOf(ctx, "AlterEnumStmt").filter((s) => s.node.newVal && !s.node.oldVal && !s.node.newValNeighbor).map((s) => ({
    at: s,
    object: nameOf(s.node.typeName),
    message: `'${s.node.newVal}' is appended to ${nameOf(s.node.typeName)}: enums sort by position. Place it with BEFORE or AFTER if order matters.`
  }))
);

// src/rules/design/expiry-column-without-index.ts
var expiry_column_without_index_default = rule(
  {
    id: "expiry-column-without-index",
    category: "design",
    severity: "info",
    summary: "An expiry or retention column (expires_at, valid_until, ...) that no index leads with.",
    rationale: "Something will look for expired rows (a cleanup job, a filter); without an index that is a sequential scan that grows with the table.",
    safeAlternative: "CREATE INDEX ... ON t (expires_at), possibly partial (WHERE status = 'pending').",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, expires_at timestamptz NOT NULL);",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, expires_at timestamptz NOT NULL);\nCREATE INDEX invites_expires_at_idx ON invites (expires_at);"
    }
  },
  (ctx) => addedColumns(ctx).filter(({ column: c }) => /^(expires?_at|expiry|expiration(_date)?|valid_until|purge_at|retain_until)$/.test(c.name)).filter(({ table: t, column: c }) => !t.indexes.some((i) => i.columns[0] === c.name)).map(({ table: t, column: c, at }) => ({
    at,
    object: `${t.qualifiedName}.${c.name}`,
    message: `${t.qualifiedName}.${c.name} will be searched for expired rows, but no index leads with it. What removes expired rows, and how often? Index it for that job.`
  }))
);

// src/catalog/facts.ts
var STATUS_NAME = /(^|_)(status|state)$/;
var RETENTION_NAME = /(^|_)(expires?|expired|expiry|expiration|deleted|archived|purged?)(_at|_on|_date)?$/;
var TIME_NAME = /(^|_)(created|inserted|occurred|recorded|logged)(_at|_on)?$/;
var PERSONAL_NAME = /(^|_)(e?mail|email_address|phone|phone_number|mobile|address|street|postcode|zip_code|birth_?date|date_of_birth|dob|ssn|national_id|passport|tax_id|ip_address|first_name|last_name|full_name)$/;
function indexLeadsWith(index, columns) {
  if (!index.valid || index.predicate !== null) return false;
  const lead = index.columns.slice(0, columns.length);
  return lead.length === columns.length && columns.every((c) => lead.includes(c));
}

// src/rules/design/foreign-key-without-index.ts
var foreign_key_without_index_default = rule(
  {
    id: "foreign-key-without-index",
    category: "design",
    severity: "warning",
    summary: "A foreign key whose columns no index leads with.",
    rationale: "Every DELETE or key UPDATE on the parent must find the child rows: without an index on the referencing columns that is a sequential scan of the child table per parent row, under locks, and joins from parent to child scan too.",
    safeAlternative: "CREATE INDEX (CONCURRENTLY on an existing table) on the referencing columns.",
    needs: "review",
    example: {
      setup: "CREATE TABLE groups (id uuid PRIMARY KEY);",
      bad: "CREATE TABLE group_invites (id uuid PRIMARY KEY, group_id uuid REFERENCES groups (id));",
      good: "CREATE TABLE group_invites (id uuid PRIMARY KEY, group_id uuid REFERENCES groups (id));\nCREATE INDEX group_invites_group_id_idx ON group_invites (group_id);"
    }
  },
  (ctx) => touchedTables(ctx).flatMap((t) => {
    const before = ctx.catalog?.before.tables[t.qualifiedName];
    const unindexedBefore = (c) => before?.constraints.some((b) => b.type === "foreign key" && b.references?.table === c.references?.table && b.columns.join() === c.columns.join()) && !before.indexes.some((i) => indexLeadsWith(i, c.columns));
    return t.constraints.filter((c) => c.type === "foreign key" && !t.indexes.some((i) => indexLeadsWith(i, c.columns)) && !unindexedBefore(c)).flatMap((c) => {
      const at = statementFor(ctx, t.qualifiedName);
      const cols = c.columns.join(", ");
      const existing = ctx.existedBefore(t.qualifiedName);
      const index = `${t.name}_${c.columns.join("_")}_idx`.slice(0, 63);
      const fix = !existing && at?.stmt.kind === "CreateStmt" ? insertAfter(at, `CREATE INDEX ${index} ON ${t.qualifiedName} (${cols});`) : void 0;
      return at ? [
        {
          at,
          object: `${t.qualifiedName}.${cols}`,
          ...fix ? { fix } : {},
          message: `Foreign key ${t.qualifiedName}(${cols}) -> ${c.references?.table} has no index leading with ${cols}: deletes and key updates on ${c.references?.table} scan ${t.qualifiedName}. Add CREATE INDEX ${existing ? "CONCURRENTLY " : ""}${`${t.name}_${c.columns.join("_")}_idx`.slice(0, 63)} ON ${t.qualifiedName} (${cols});`
        }
      ] : [];
    });
  })
);

// src/rules/design/foreign-key-without-on-delete.ts
function foreignKeys(tree) {
  const onColumns = findAll(tree, "ColumnDef").flatMap(
    (col) => (col.constraints ?? []).map((c) => c.Constraint).filter((c) => c?.contype === "CONSTR_FOREIGN").map((c) => ({ constraint: c, columns: [col.colname], location: col.location }))
  );
  const inline = new Set(onColumns.map((k) => k.constraint));
  const onTable = findAll(tree, "Constraint").filter((c) => c.contype === "CONSTR_FOREIGN" && !inline.has(c)).map((c) => ({ constraint: c, columns: (c.fk_attrs ?? []).map(str), location: c.location }));
  return [...onColumns, ...onTable];
}
function statesOnDelete(s, tree, key) {
  if (key.constraint.fk_del_action !== "a") return true;
  const from = key.constraint.location;
  const next = [...findAll(tree, "ColumnDef"), ...findAll(tree, "Constraint")].map((n) => n.location).filter((l) => l > from);
  return saysKeywords(textBetween(s, from, next.length ? Math.min(...next) : void 0), "ON", "DELETE");
}
var foreign_key_without_on_delete_default = rule(
  {
    id: "foreign-key-without-on-delete",
    category: "design",
    severity: "info",
    summary: "A foreign key without an explicit ON DELETE policy.",
    rationale: "The default (NO ACTION) makes deleting a parent fail while children exist; that is sometimes right, but it should be a decision: CASCADE, SET NULL or RESTRICT say what happens to the children.",
    safeAlternative: "State it: REFERENCES parent (id) ON DELETE CASCADE | SET NULL | RESTRICT.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE groups (id bigint PRIMARY KEY);",
      bad: "CREATE TABLE members (id bigint PRIMARY KEY, group_id bigint REFERENCES groups (id));",
      good: "CREATE TABLE members (id bigint PRIMARY KEY, group_id bigint REFERENCES groups (id) ON DELETE CASCADE);"
    }
  },
  (ctx) => statementsOf(ctx, "CreateStmt", "AlterTableStmt").flatMap((s) => {
    const tree = isKind(s, "CreateStmt") ? s.node.tableElts : s.node.cmds;
    const table = targetTable(ctx, s);
    return foreignKeys(tree).filter((key) => !statesOnDelete(s, tree, key)).map((key) => ({
      at: placeOf(s, key.location),
      object: key.columns.length === 1 ? `${table}.${key.columns[0]}` : `${table} (${key.columns.join(", ")})`,
      message: `Foreign key ${key.columns.join(", ")} -> ${ctx.qualify(key.constraint.pktable)} without ON DELETE: deleting a parent row fails while children exist. Decide, and write ON DELETE CASCADE, SET NULL or RESTRICT.`
    }));
  })
);

// src/rules/design/identifier-too-long.ts
function writtenIdentifiers(sql) {
  return codeTokens(sql).filter((t) => t.tokenName === "IDENT").map((t) => t.text.startsWith('"') ? t.text.slice(1, -1).replace(/""/g, '"') : t.text);
}
var NOT_ASCII = /[\u0080-\uffff]/;
var LONG_RUN = /[^\s"]{64}|"(?:[^"]|""){64}/;
var identifier_too_long_default = rule(
  {
    id: "identifier-too-long",
    category: "design",
    severity: "error",
    summary: "An identifier longer than 63 bytes.",
    rationale: "PostgreSQL silently truncates identifiers to 63 bytes: two long names can collide, and the object is not called what the migration (or the ORM) says.",
    safeAlternative: "Shorten the name to 63 bytes or fewer.",
    needs: "sql",
    example: { setup: "", bad: `CREATE TABLE ${"a".repeat(70)} (id bigint PRIMARY KEY);`, good: "CREATE TABLE short_name (id bigint PRIMARY KEY);" }
  },
  (ctx) => ctx.statements.flatMap(
    (s) => !NOT_ASCII.test(s.stmt.sql) && !LONG_RUN.test(s.stmt.sql) ? [] : [...new Set(writtenIdentifiers(s.stmt.sql))].filter((n) => Buffer.byteLength(n) > 63).map((n) => ({ at: s, object: n, message: `"${n.slice(0, 40)}\u2026" is ${Buffer.byteLength(n)} bytes: PostgreSQL truncates it to 63 silently.` }))
  )
);

// src/rules/design/inconsistent-table-naming.ts
var plural = (name) => /(s|ies|es)$/.test(name) && !/(ss|us|is)$/.test(name);
var inconsistent_table_naming_default = rule(
  {
    id: "inconsistent-table-naming",
    category: "design",
    severity: "info",
    summary: "A new table named in the singular where the schema names tables in the plural (or the reverse).",
    rationale: "Mixed conventions make every query a guess (user or users?) and ORMs map names inconsistently.",
    safeAlternative: "Follow the convention most existing tables use.",
    needs: "review",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE invoices (id bigint PRIMARY KEY);",
      bad: "CREATE TABLE payment (id bigint PRIMARY KEY);",
      good: "CREATE TABLE payments (id bigint PRIMARY KEY);"
    }
  },
  (ctx) => {
    const existing = Object.values(ctx.catalog?.before.tables ?? {}).map((t) => t.name.split("_").pop());
    if (existing.length < 3) return [];
    const plurals = existing.filter(plural).length;
    const convention = plurals / existing.length >= 0.75 ? "plural" : plurals / existing.length <= 0.25 ? "singular" : null;
    if (!convention) return [];
    return statementsOf(ctx, "CreateStmt").filter(
      (s) => s.node.relation?.relpersistence !== "t" && !ctx.existedBefore(targetTable(ctx, s)) && (!ctx.catalog || ctx.catalog.after.tables[targetTable(ctx, s)] !== void 0) && plural(String(s.node.relation?.relname).split("_").pop() ?? "") !== (convention === "plural")
    ).map((s) => ({
      at: s,
      object: targetTable(ctx, s),
      message: `${s.node.relation?.relname} is ${convention === "plural" ? "singular" : "plural"}, while ${Math.round((convention === "plural" ? plurals : existing.length - plurals) / existing.length * 100)}% of the existing tables are ${convention}.`
    }));
  }
);

// src/rules/design/multiple-permissive-policies.ts
var multiple_permissive_policies_default = rule(
  {
    id: "multiple-permissive-policies",
    category: "design",
    severity: "info",
    summary: "Several permissive RLS policies for the same command and role on one table.",
    rationale: "Permissive policies are ORed: PostgreSQL evaluates every one of them for every row, so each extra policy adds cost to every query, and the combined rule is hard to reason about.",
    safeAlternative: "Merge them into one policy whose USING expression ORs the conditions.",
    needs: "review",
    example: {
      setup: "CREATE TABLE docs (id bigint PRIMARY KEY, owner text, public boolean);\nALTER TABLE docs ENABLE ROW LEVEL SECURITY;",
      bad: "CREATE POLICY own ON docs FOR SELECT USING (owner = current_user);\nCREATE POLICY shared ON docs FOR SELECT USING (public);",
      good: "CREATE POLICY readable ON docs FOR SELECT USING (owner = current_user OR public);"
    }
  },
  (ctx) => touchedTables(ctx).flatMap((t) => {
    const policies = Object.entries(ctx.catalog?.after.objects.policy ?? {}).filter(
      ([name, p]) => name.startsWith(`${t.qualifiedName} policy `) && p.properties.permissive === "PERMISSIVE"
    );
    const groups = /* @__PURE__ */ new Map();
    for (const [name, p] of policies) {
      for (const role of p.properties.roles ?? ["public"]) {
        const key = `${p.properties.command} TO ${role}`;
        groups.set(key, [...groups.get(key) ?? [], name.split(" policy ")[1]]);
      }
    }
    const at = statementFor(ctx, t.qualifiedName);
    return [...groups.entries()].filter(([, names2]) => names2.length > 1 && at).map(([key, names2]) => ({
      at,
      object: t.qualifiedName,
      message: `${names2.length} permissive policies (${names2.join(", ")}) for ${key} on ${t.qualifiedName}: each is evaluated for every row. Merge them.`
    }));
  })
);

// src/rules/design/prefer-bigint-over-int.ts
var prefer_bigint_over_int_default = rule(
  {
    id: "prefer-bigint-over-int",
    category: "design",
    severity: "warning",
    summary: "An integer (int4) or serial column, most costly as a primary or foreign key.",
    rationale: "int4 tops out at 2,147,483,647: a busy table exhausts its ids, and widening the column later is a full table rewrite under ACCESS EXCLUSIVE, along with every foreign key that references it.",
    safeAlternative: "bigint (and bigint GENERATED ... AS IDENTITY for keys); the extra 4 bytes per row are cheap insurance.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE orders (id serial PRIMARY KEY, account_id integer);",
      good: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id bigint);"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => /^(int4|serial|serial4|int|integer)$/.test(col.type) && /(^id$|_id$)/.test(col.name)).map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    fix: replaceInColumnLine(s, col.name, /\b(serial4?|int4|integer|int)\b/i, (m) => /serial/i.test(m) ? "bigserial" : "bigint"),
    message: `${col.name} is ${col.type === "serial" || col.type === "serial4" ? "serial" : "integer"}: an id column overflows at 2,147,483,647 and widening it later rewrites ${table}. Use bigint.`
  }))
);

// src/rules/design/prefer-bigint-over-smallint.ts
var prefer_bigint_over_smallint_default = rule(
  {
    id: "prefer-bigint-over-smallint",
    category: "design",
    severity: "info",
    summary: "A smallint key column.",
    rationale: "smallint holds 32,767 values: as a key it runs out quickly, and widening it later is a table rewrite.",
    safeAlternative: "integer or bigint for keys; keep smallint for values with a known small range.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE regions (id smallserial PRIMARY KEY);",
      good: "CREATE TABLE regions (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => /^(int2|smallserial|serial2)$/.test(col.type) && /(^id$|_id$)/.test(col.name)).map(({ s, table, col }) => ({ at: s, object: `${table}.${col.name}`, message: `${col.name} is smallint: as a key it runs out at 32,767. Use bigint.` }))
);

// src/rules/design/prefer-identity.ts
var prefer_identity_default = rule(
  {
    id: "prefer-identity",
    category: "design",
    severity: "info",
    summary: "serial / bigserial instead of an identity column.",
    rationale: "serial creates a sequence loosely attached to the column: privileges, ownership and dumps treat it separately, and nothing stops writes of explicit values that later collide.",
    safeAlternative: "bigint GENERATED ALWAYS AS IDENTITY (SQL standard, owned by the column).",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE events (id bigserial PRIMARY KEY);",
      good: "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => /^(small|big)?serial[248]?$/.test(col.type)).map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    message: `${col.name} is ${col.type}: prefer bigint GENERATED ALWAYS AS IDENTITY.`
  }))
);

// src/rules/design/prefer-jsonb.ts
var prefer_jsonb_default = rule(
  {
    id: "prefer-jsonb",
    category: "design",
    severity: "warning",
    summary: "json instead of jsonb.",
    rationale: "json stores the raw text: no equality operator (so no DISTINCT, GROUP BY or unique index), no GIN indexing, and every access re-parses it.",
    safeAlternative: "jsonb.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE events (id bigint PRIMARY KEY, payload json);",
      good: "CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => col.type === "json").map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    fix: replaceInColumnLine(s, col.name, /\bjson\b/i, "jsonb"),
    message: `${col.name} is json: it has no equality operator and cannot be indexed with GIN. Use jsonb.`
  }))
);

// src/rules/design/prefer-text-over-varchar.ts
var prefer_text_over_varchar_default = rule(
  {
    id: "prefer-text-over-varchar",
    category: "design",
    severity: "info",
    summary: "varchar(n) where text with a CHECK serves.",
    rationale: "Raising a varchar limit is cheap, but lowering it or changing it on an old major rewrites; the limit is usually arbitrary, and a CHECK (length(x) <= n) can be changed with NOT VALID.",
    safeAlternative: "text, with CHECK (char_length(col) <= n) if a limit matters.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE accounts (id bigint PRIMARY KEY, name varchar(100));",
      good: "CREATE TABLE accounts (id bigint PRIMARY KEY, name text CHECK (char_length(name) <= 100));"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => col.type === "varchar").map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    message: `${col.name} is varchar(n): prefer text with a CHECK on its length, which can change without a rewrite.`
  }))
);

// src/rules/design/prefer-timestamptz.ts
var prefer_timestamptz_default = rule(
  {
    id: "prefer-timestamptz",
    category: "design",
    severity: "warning",
    summary: "timestamp without time zone.",
    rationale: "timestamp stores wall-clock values with no zone: the same instant reads differently per session TimeZone, DST transitions create duplicates and gaps, and comparing with now() (a timestamptz) converts implicitly.",
    safeAlternative: "timestamptz (timestamp with time zone): it stores an instant and converts on display.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp DEFAULT now());",
      good: "CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => col.type === "timestamp").map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    fix: replaceInColumnLine(s, col.name, /\btimestamp(\s+without\s+time\s+zone)?(?!\s*with)(?=[\s,)(]|$)/i, "timestamptz"),
    message: `${col.name} is timestamp without time zone: use timestamptz so it records an instant, not a wall-clock reading.`
  }))
);

// src/rules/design/reg-type-column.ts
var reg_type_column_default = rule(
  {
    id: "reg-type-column",
    category: "design",
    severity: "warning",
    summary: "A column of a reg* type (regclass, regproc, regtype, ...).",
    rationale: "reg* values are OIDs: pg_upgrade refuses tables with most of them, and a dump/restore gives objects new OIDs so stored values point at the wrong thing.",
    safeAlternative: "Store the object name as text (or a foreign key to your own table).",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE audit (id bigint PRIMARY KEY, target regclass);",
      good: "CREATE TABLE audit (id bigint PRIMARY KEY, target text);"
    }
  },
  (ctx) => newColumns(ctx).filter(({ col }) => /^reg(class|proc|procedure|oper|operator|type|config|dictionary|role|namespace|collation)$/.test(col.type)).map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    message: `${col.name} is ${col.type}: OID-based values block pg_upgrade and break across dump/restore. Store names as text.`
  }))
);

// src/rules/design/reserved-word-identifier.ts
var RESERVED = new Set(
  "all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with".split(
    " "
  )
);
var reserved_word_identifier_default = rule(
  {
    id: "reserved-word-identifier",
    category: "design",
    severity: "warning",
    summary: "A table or column named with an SQL reserved word (user, order, group, ...).",
    rationale: 'Every query must quote it ("user"), hand-written SQL and tools that forget fail with syntax errors, and it reads ambiguously.',
    safeAlternative: "Pick another name: users, sort_order, user_group.",
    needs: "sql",
    example: {
      setup: "",
      bad: 'CREATE TABLE "user" (id bigint PRIMARY KEY, "order" int);',
      good: "CREATE TABLE users (id bigint PRIMARY KEY, sort_order int);"
    }
  },
  (ctx) => [
    ...statementsOf(ctx, "CreateStmt").filter((s) => RESERVED.has(String(s.node.relation?.relname).toLowerCase())).map((s) => ({
      at: s,
      object: String(s.node.relation?.relname),
      message: `Table "${s.node.relation?.relname}" is a reserved word: every query must quote it.`
    })),
    ...newColumns(ctx).filter(({ col }) => RESERVED.has(col.name.toLowerCase())).map(({ s, table, col }) => ({ at: s, object: `${table}.${col.name}`, message: `Column "${col.name}" is a reserved word: every query must quote it.` }))
  ]
);

// src/rules/design/rls-policy-per-row-function.ts
var PER_ROW = /^(auth\.(uid|jwt|role|email)|current_setting)$/;
var rls_policy_per_row_function_default = rule(
  {
    id: "rls-policy-per-row-function",
    category: "design",
    severity: "warning",
    summary: "An RLS policy calls auth.uid(), current_setting() or similar directly, so it runs once per row.",
    rationale: "A function call in a policy expression is evaluated for every row scanned; wrapped in a scalar subquery, (select auth.uid()), it is evaluated once per query as an InitPlan.",
    safeAlternative: "USING (user_id = (select auth.uid())).",
    needs: "sql",
    example: {
      setup: "CREATE TABLE docs (id bigint PRIMARY KEY, owner text);",
      bad: "CREATE POLICY own ON docs USING (owner = current_setting('app.user'));",
      good: "CREATE POLICY own ON docs USING (owner = (select current_setting('app.user')));"
    }
  },
  (ctx) => statementsOf(ctx, "CreatePolicyStmt", "AlterPolicyStmt").flatMap((s) => {
    const direct = [s.node.qual, s.node.with_check].flatMap((expr) => {
      const bare = JSON.parse(JSON.stringify(expr ?? {}, (k, v) => k === "SubLink" ? void 0 : v));
      return calledFunctions(bare).filter((f) => PER_ROW.test(f));
    });
    return direct.length ? [
      {
        at: s,
        message: `The policy calls ${[...new Set(direct)].join(", ")}() for every row: wrap it as (select ${direct[0]}(...)) so it runs once per query.`
      }
    ] : [];
  })
);

// src/rules/design/soft-delete-without-partial-index.ts
var soft_delete_without_partial_index_default = rule(
  {
    id: "soft-delete-without-partial-index",
    category: "design",
    severity: "info",
    summary: "A soft-delete column (deleted_at, archived_at, is_deleted) with no partial index for live rows.",
    rationale: "Almost every query filters WHERE deleted_at IS NULL; as deleted rows accumulate, indexes that ignore that filter grow with dead weight and queries read it.",
    safeAlternative: "Index live rows only: CREATE INDEX ... ON t (lookup columns) WHERE deleted_at IS NULL; make unique constraints partial the same way.",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text, deleted_at timestamptz);",
      good: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text, deleted_at timestamptz);\nCREATE UNIQUE INDEX accounts_live_email ON accounts (email) WHERE deleted_at IS NULL;"
    }
  },
  (ctx) => addedColumns(ctx).filter(({ column: c }) => /^(deleted_at|archived_at|is_deleted|deleted|discarded_at)$/.test(c.name)).filter(({ table: t, column: c }) => !t.indexes.some((i) => i.predicateColumns.includes(c.name))).map(({ table: t, column: c, at }) => ({
    at,
    object: `${t.qualifiedName}.${c.name}`,
    message: `${t.qualifiedName}.${c.name} marks soft-deleted rows, but no index is partial on it: add indexes WHERE ${c.name} ${c.type === "boolean" ? "IS NOT TRUE" : "IS NULL"} for the queries on live rows.`
  }))
);

// src/rules/design/state-without-partial-index.ts
var TIME_COLUMNS = ["run_at", "scheduled_at", "next_attempt_at", "available_at", "due_at", "expires_at", "created_at"];
var state_without_partial_index_default = rule(
  {
    id: "state-without-partial-index",
    category: "design",
    severity: "info",
    summary: "A new status column with a fixed set of states, and no index for the rows in one state (a queue, a cleanup job).",
    rationale: "A status column with states usually means something looks for the rows in one of them (workers polling 'pending', a job purging 'expired'). Without an index that is a scan of the whole table, and an index on the status column alone is mostly dead weight: the waiting rows are a small, changing part of it.",
    safeAlternative: "A partial index on the rows in the state that is searched for, keyed by what they are ordered by: CREATE INDEX ... ON invites (created_at) WHERE status = 'pending'.",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired')), created_at timestamptz NOT NULL DEFAULT now());",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired')), created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX invites_pending_idx ON invites (created_at) WHERE status = 'pending';"
    }
  },
  (ctx) => addedColumns(ctx).filter(({ column: c }) => STATUS_NAME.test(c.name)).filter(({ table: t, column: c }) => !t.indexes.some((i) => i.predicateColumns.includes(c.name) || i.columns[0] === c.name)).flatMap(({ table: t, column: c, at }) => {
    const [first] = columnStates(ctx, t, c);
    if (first === void 0) return [];
    const names2 = new Set(t.columns.map((col) => col.name));
    const key = TIME_COLUMNS.find((n) => names2.has(n)) ?? t.columns.find((col) => col.name !== c.name && /\b(timestamp|date)\b/.test(col.type))?.name;
    const state = `'${first.replace(/'/g, "''")}'`;
    const index = `${t.name}_${first.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_idx`.slice(0, 63);
    return [
      {
        at,
        object: `${t.qualifiedName}.${c.name}`,
        message: `Which state of ${t.qualifiedName}.${c.name} does a worker or cleanup job look for? For ${state}, a partial index serves it and stays small: CREATE INDEX ${index} ON ${t.qualifiedName} (${key ?? "id"}) WHERE ${c.name} = ${state};`
      }
    ];
  })
);

// src/rules/design/status-column-nullable.ts
var status_column_nullable_default = rule(
  {
    id: "status-column-nullable",
    category: "design",
    severity: "warning",
    summary: "A status-like column whose values are constrained (CHECK or enum) but which accepts NULL.",
    rationale: "A CHECK passes NULL, and an enum column holds NULL unless told otherwise: a row with no state matches neither WHERE status = 'pending' nor any other state, so queues, partial indexes and reports silently skip it.",
    safeAlternative: "Declare the starting state: status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', ...)).",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, status text CHECK (status IN ('pending', 'accepted', 'expired')));",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'expired')));"
    }
  },
  (ctx) => addedColumns(ctx).filter(({ column: c }) => STATUS_NAME.test(c.name) && !c.notNull).flatMap(({ table: t, column: c, at }) => {
    const states = columnStates(ctx, t, c);
    if (!states.length) return [];
    const start = c.default ? `NOT NULL (its default ${c.default} stays)` : `NOT NULL DEFAULT '${states[0].replace(/'/g, "''")}'`;
    return [
      {
        at,
        object: `${t.qualifiedName}.${c.name}`,
        message: `${t.qualifiedName}.${c.name} may only be ${states.map((s) => `'${s}'`).join(", ")}, but NULL passes too: a row without a state matches none of them. Make it ${start}.`
      }
    ];
  })
);

// src/rules/design/status-column-without-check.ts
var status_column_without_check_default = rule(
  {
    id: "status-column-without-check",
    category: "design",
    severity: "warning",
    summary: "A status-like text column without a CHECK constraint or enum type.",
    rationale: "Without a constraint any string is accepted: typos ('canceled' vs 'cancelled') become silent new states that queries and partial indexes miss.",
    safeAlternative: "CHECK (status IN ('pending', 'accepted', 'expired')), or an enum type, or a foreign key to a lookup table.",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL);",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, status text NOT NULL CHECK (status IN ('pending', 'accepted', 'expired')));"
    }
  },
  (ctx) => addedColumns(ctx).filter(({ column: c }) => STATUS_NAME.test(c.name) && /^(text|character varying)/.test(c.type)).filter(({ table: t, column: c }) => !t.constraints.some((k) => (k.type === "check" || k.type === "foreign key") && k.columns.includes(c.name))).map(({ table: t, column: c, at }) => ({
    at,
    object: `${t.qualifiedName}.${c.name}`,
    message: `${t.qualifiedName}.${c.name} accepts any string: add CHECK (${c.name} IN (...)) or use an enum, so a typo cannot become a new state.`
  }))
);

// src/rules/design/table-without-primary-key.ts
var table_without_primary_key_default = rule(
  {
    id: "table-without-primary-key",
    category: "design",
    severity: "warning",
    summary: "A new table without a primary key.",
    rationale: "Rows cannot be addressed reliably, logical replication cannot replicate its UPDATEs and DELETEs (no replica identity), and duplicates creep in.",
    safeAlternative: "Give it a primary key (bigint identity, or a natural key).",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE page_views (path text, viewed_at timestamptz);",
      good: "CREATE TABLE page_views (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, path text, viewed_at timestamptz);"
    }
  },
  (ctx) => statementsOf(ctx, "CreateStmt").filter((s) => !s.node.partbound && !s.node.inhRelations?.length).filter((s) => {
    const table = targetTable(ctx, s);
    if (ctx.catalog) return ctx.catalog.after.tables[table] ? !ctx.catalog.after.tables[table]?.constraints.some((c) => c.type === "primary key") : false;
    const primary = (tree) => findAll(tree, "Constraint").some((c) => c.contype === "CONSTR_PRIMARY");
    return !primary(s.node.tableElts) && !statementsOf(ctx, "AlterTableStmt").some((o) => ctx.qualify(o.node.relation) === table && primary(o.node.cmds));
  }).map((s) => ({
    at: s,
    object: targetTable(ctx, s),
    message: `${targetTable(ctx, s)} has no primary key: rows cannot be addressed reliably and logical replication cannot replicate its UPDATEs and DELETEs.`
  }))
);

// src/rules/design/uuid-primary-key-without-default.ts
var uuid_primary_key_without_default_default = rule(
  {
    id: "uuid-primary-key-without-default",
    category: "design",
    severity: "info",
    summary: "A uuid primary key with no default.",
    rationale: "Every writer must generate the id itself; one that forgets (a script, a manual fix) fails, and writers may pick different UUID versions with different index locality.",
    safeAlternative: "DEFAULT gen_random_uuid() (PostgreSQL 13+; uuidv7() on 18+ for better index locality).",
    needs: "review",
    example: { setup: "", bad: "CREATE TABLE invites (id uuid PRIMARY KEY);", good: "CREATE TABLE invites (id uuid PRIMARY KEY DEFAULT gen_random_uuid());" }
  },
  (ctx) => touchedTables(ctx).filter((t) => !ctx.existedBefore(t.qualifiedName)).flatMap((t) => {
    const pk = t.constraints.find((c) => c.type === "primary key");
    const col = pk?.columns.length === 1 ? t.columns.find((c) => c.name === pk.columns[0]) : void 0;
    const at = statementFor(ctx, t.qualifiedName);
    const borrowed = t.constraints.some((c) => c.type === "foreign key" && c.columns.length === 1 && c.columns[0] === col?.name);
    return !borrowed && col?.type === "uuid" && col.default === null && at ? [
      {
        at,
        object: `${t.qualifiedName}.${col.name}`,
        message: `${t.qualifiedName}.${col.name} is a uuid primary key with no default: every writer must generate ids. Add DEFAULT gen_random_uuid()${ctx.serverMajor >= 18 ? " (or uuidv7())" : ""}.`
      }
    ] : [];
  })
);

// src/rules/design/wide-index.ts
var wide_index_default = rule(
  {
    id: "wide-index",
    category: "design",
    severity: "info",
    summary: "A non-unique index on more than three columns.",
    rationale: "Wide indexes are large and costly to maintain, and only queries that filter on their leading columns use them; the trailing columns rarely pay their way.",
    safeAlternative: "Index the columns queries filter on (usually one to three); put columns needed only for index-only scans in INCLUDE (...).",
    needs: "sql",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, a int, b int, c int, d int);",
      bad: "CREATE INDEX orders_abcd_idx ON orders (a, b, c, d);",
      good: "CREATE INDEX orders_ab_idx ON orders (a, b) INCLUDE (c, d);"
    }
  },
  (ctx) => statementsOf(ctx, "IndexStmt").filter((s) => !s.node.unique && (s.node.indexParams ?? []).length > 3).map((s) => ({
    at: s,
    object: targetTable(ctx, s),
    message: `Index on ${(s.node.indexParams ?? []).length} columns: only queries on its leading columns use it. Keep the filtered columns, move the rest to INCLUDE.`
  }))
);

// src/rules/security/alter-system.ts
var alter_system_default = rule(
  {
    id: "alter-system",
    category: "security",
    severity: "error",
    summary: "ALTER SYSTEM in a migration.",
    rationale: "ALTER SYSTEM writes postgresql.auto.conf: it changes the whole server (every database on it, and replicas built from it), outlives the migration and any rollback of it, cannot run inside a transaction block, and needs superuser or a grant of ALTER SYSTEM that an application's migration role should not have.",
    safeAlternative: "Change server settings through the configuration management of the server (or the provider console); a setting the application needs goes per database or role: ALTER DATABASE ... SET, ALTER ROLE ... SET.",
    needs: "sql",
    example: {
      bad: "ALTER SYSTEM SET work_mem = '64MB';",
      good: "ALTER ROLE CURRENT_USER SET work_mem = '64MB';"
    }
  },
  (ctx) => statementsOf(ctx, "AlterSystemStmt").map((s) => {
    const name = String(s.node.setstmt?.name ?? "all settings");
    return {
      at: s,
      object: name,
      message: `ALTER SYSTEM changes ${name} for the whole server, beyond this database and beyond any rollback of the migration.`
    };
  })
);

// src/rules/security/extension-in-public.ts
var extension_in_public_default = rule(
  {
    id: "extension-in-public",
    category: "security",
    severity: "info",
    summary: "An extension installed into the public schema.",
    rationale: "Its functions and operators land next to application objects in a schema every role can usually use and often create in, where they can be shadowed or clutter dumps and API surfaces.",
    safeAlternative: "CREATE SCHEMA extensions; CREATE EXTENSION ... WITH SCHEMA extensions;",
    needs: "sql",
    example: { setup: "", bad: "CREATE EXTENSION pg_trgm;", good: "CREATE SCHEMA IF NOT EXISTS extensions;\nCREATE EXTENSION pg_trgm WITH SCHEMA extensions;" }
  },
  (ctx) => statementsOf(ctx, "CreateExtensionStmt").filter((s) => {
    const schema = option(s.node.options, "schema")?.arg;
    return !schema || str(schema) === "public";
  }).map((s) => ({ at: s, object: s.node.extname, message: `Extension ${s.node.extname} goes into public: install it WITH SCHEMA extensions.` }))
);

// src/rules/security/security-definer-without-search-path.ts
function setsSearchPath(options) {
  return (options ?? []).some((o) => o.DefElem?.defname === "set" && o.DefElem.arg?.VariableSetStmt?.name === "search_path");
}
function searchPathSetLater(ctx, name) {
  return ctx.statements.some((o) => o.stmt.kind === "AlterFunctionStmt" && nameOf(o.node.func?.objname) === name && setsSearchPath(o.node.actions));
}
var security_definer_without_search_path_default = rule(
  {
    id: "security-definer-without-search-path",
    category: "security",
    severity: "error",
    summary: "A SECURITY DEFINER function without SET search_path.",
    rationale: "The function runs with its owner's privileges but resolves names through the caller's search_path: a caller who can create objects in a schema on that path can make it call their function or operator, with the owner's rights (privilege escalation).",
    safeAlternative: "Add SET search_path = pg_catalog, public (or '') to the function and schema-qualify names in its body.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE FUNCTION delete_user(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER AS $$ DELETE FROM users WHERE id = uid $$;",
      good: "CREATE FUNCTION delete_user(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ DELETE FROM public.users WHERE id = uid $$;"
    }
  },
  (ctx) => statementsOf(ctx, "CreateFunctionStmt").filter((s) => option(s.node.options, "security")?.arg?.Boolean?.boolval === true && !setsSearchPath(s.node.options)).filter((s) => !searchPathSetLater(ctx, nameOf(s.node.funcname))).map((s) => ({
    at: s,
    object: nameOf(s.node.funcname),
    message: `SECURITY DEFINER function ${nameOf(s.node.funcname)} has no SET search_path: callers can redirect the names it uses and run code with its owner's privileges.`
  }))
);

// src/rules/security/function-search-path-mutable.ts
var function_search_path_mutable_default = rule(
  {
    id: "function-search-path-mutable",
    category: "security",
    severity: "info",
    summary: "A function in an exposed schema without a fixed search_path.",
    rationale: "Its behaviour depends on the caller's search_path: the same call can resolve to different tables or functions for different sessions.",
    safeAlternative: "SET search_path = '' (and schema-qualified names) on the function.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;",
      good: "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql SET search_path = '' AS $$ SELECT count(*) FROM public.orders $$;"
    }
  },
  (ctx) => statementsOf(ctx, "CreateFunctionStmt").filter((s) => option(s.node.options, "security")?.arg?.Boolean?.boolval !== true && !setsSearchPath(s.node.options)).filter((s) => ["public", ""].includes(nameOf(s.node.funcname).split(".").length > 1 ? nameOf(s.node.funcname).split(".")[0] : "")).filter((s) => !searchPathSetLater(ctx, nameOf(s.node.funcname))).map((s) => ({
    at: s,
    object: nameOf(s.node.funcname),
    message: `${nameOf(s.node.funcname)} resolves names through the caller's search_path. Fix it with SET search_path.`
  }))
);

// src/rules/security/grant-to-public.ts
var BROAD = /* @__PURE__ */ new Set(["anon", "authenticated", "public"]);
var grant_to_public_default = rule(
  {
    id: "grant-to-public",
    category: "security",
    severity: "warning",
    summary: "GRANT to PUBLIC (every role) or to a broad API role (anon, authenticated).",
    rationale: "PUBLIC includes every role that exists now or later; anon and authenticated are everyone the API serves. Least privilege means granting to the role that needs it.",
    safeAlternative: "GRANT to a specific role (app_reader, invite_service); rely on RLS where the API roles must have access.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE notes (id bigint PRIMARY KEY);\nCREATE ROLE app_reader;",
      bad: "GRANT SELECT ON notes TO PUBLIC;",
      good: "GRANT SELECT ON notes TO app_reader;"
    }
  },
  (ctx) => statementsOf(ctx, "GrantStmt").filter((s) => s.node.is_grant).flatMap((s) => {
    const broad = (s.node.grantees ?? []).map((g) => g.RoleSpec?.roletype === "ROLESPEC_PUBLIC" ? "PUBLIC" : g.RoleSpec?.rolename).filter((r) => r && BROAD.has(String(r).toLowerCase()));
    return broad.length ? [
      {
        at: s,
        message: `Grants to ${broad.join(", ")}: ${broad.includes("PUBLIC") ? "every role, present and future," : "every API user"} gets these privileges. Grant to the role that needs them.`
      }
    ] : [];
  })
);

// src/rules/security/personal-data-column.ts
var personal_data_column_default = rule(
  {
    id: "personal-data-column",
    category: "security",
    severity: "info",
    summary: "A new column that looks like personal data (email, phone, address, birth date, national id, ...).",
    rationale: "Personal data brings obligations (access control, masking outside production, retention, erasure requests); a DBA wants it named and decided when the column is created, not found later.",
    safeAlternative: "Decide who may read it (column privileges or RLS), document it (COMMENT ON COLUMN), mask it in non-production copies, and plan its retention.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE invites (id bigint PRIMARY KEY, user_email text NOT NULL);",
      good: "CREATE TABLE invites (id bigint PRIMARY KEY, user_email text NOT NULL);\nCOMMENT ON COLUMN invites.user_email IS 'personal data: masked outside production, deleted 90 days after expiry';"
    }
  },
  (ctx) => {
    const commented = new Set(
      statementsOf(ctx, "CommentStmt").filter((s) => s.node.objtype === "OBJECT_COLUMN").map((s) => listItems(s.node.object).map(str)).map((parts) => `${ctx.qualify({ relname: parts.at(-2), ...parts.length > 2 ? { schemaname: parts.at(-3) } : {} })}.${parts.at(-1)}`)
    );
    return newColumns(ctx).filter(({ col }) => PERSONAL_NAME.test(col.name)).filter(({ table, col }) => !commented.has(`${table}.${col.name}`)).map(({ s, table, col }) => ({
      at: s,
      object: `${table}.${col.name}`,
      message: `${table}.${col.name} looks like personal data: who may read it, is it masked outside production, and how long is it kept? Record the answer with COMMENT ON COLUMN.`
    }));
  }
);

// src/rules/security/plaintext-secret-column.ts
var SECRET = /(^|_)(password|passwd|secret|api_key|access_token|refresh_token|token)$/;
function renamedAway(ctx, table, column) {
  return statementsOf(ctx, "RenameStmt").some(
    (s) => s.node.renameType === "OBJECT_COLUMN" && s.node.subname === column && ctx.qualify(s.node.relation) === table && !SECRET.test(s.node.newname ?? "")
  );
}
var plaintext_secret_column_default = rule(
  {
    id: "plaintext-secret-column",
    category: "security",
    severity: "warning",
    summary: "A column named like a password, secret or token, stored as plain text.",
    rationale: "Anyone who can read the table, a backup or a replica has the credentials. Passwords must be stored as slow hashes, tokens as hashes or encrypted.",
    safeAlternative: "Store password_hash (bcrypt/argon2 from the application), token_hash (sha256) or an encrypted value; never the secret itself.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE TABLE users (id bigint PRIMARY KEY, password text);",
      good: "CREATE TABLE users (id bigint PRIMARY KEY, password_hash text NOT NULL);"
    }
  },
  (ctx) => newColumns(ctx).filter(({ table, col }) => SECRET.test(col.name) && /^(text|varchar|bpchar|character varying)$/.test(col.type) && !renamedAway(ctx, table, col.name)).map(({ s, table, col }) => ({
    at: s,
    object: `${table}.${col.name}`,
    message: `${table}.${col.name} holds a secret as plain text: anyone with read access, a backup or a replica has it. Store a hash (or an encrypted value) instead.`
  }))
);

// src/rules/security/policy-always-true.ts
var isTrue = (expr) => expr?.A_Const?.boolval?.boolval === true || expr?.A_Const?.boolval === true || JSON.stringify(expr ?? null) === '{"A_Const":{"boolval":{"boolval":true}}}';
var policy_always_true_default = rule(
  {
    id: "policy-always-true",
    category: "security",
    severity: "warning",
    summary: "An RLS policy whose USING or WITH CHECK is simply true for writes.",
    rationale: "A write policy with USING (true) or WITH CHECK (true) lets every role it applies to change every row: row level security in name only.",
    safeAlternative: "Restrict the policy: USING (owner_id = (select auth.uid())), or limit it TO a trusted role.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE notes (id bigint PRIMARY KEY, owner text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;",
      bad: "CREATE POLICY anyone_updates ON notes FOR UPDATE USING (true);",
      good: "CREATE POLICY owner_updates ON notes FOR UPDATE USING (owner = current_user);"
    }
  },
  (ctx) => statementsOf(ctx, "CreatePolicyStmt").filter((s) => s.node.cmd_name !== "select" && (isTrue(s.node.qual) || isTrue(s.node.with_check))).map((s) => ({
    at: s,
    object: ctx.qualify(s.node.table),
    message: `Policy ${s.node.policy_name} lets ${s.node.cmd_name === "all" ? "every command" : String(s.node.cmd_name).toUpperCase()} through on every row (true): it protects nothing.`
  }))
);

// src/rules/security/policy-without-rls.ts
var policy_without_rls_default = rule(
  {
    id: "policy-without-rls",
    category: "security",
    severity: "error",
    summary: "A policy on a table whose row level security is off.",
    rationale: "Policies do nothing until RLS is enabled: the table is fully readable and writable while the migration suggests it is protected.",
    safeAlternative: "ALTER TABLE ... ENABLE ROW LEVEL SECURITY alongside the policy.",
    needs: "review",
    example: {
      setup: "CREATE TABLE notes (id bigint PRIMARY KEY, owner text);",
      bad: "CREATE POLICY own_notes ON notes USING (owner = current_user);",
      good: "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);"
    }
  },
  (ctx) => statementsOf(ctx, "CreatePolicyStmt").filter((s) => {
    const table = ctx.catalog?.after.tables[ctx.qualify(s.node.table)];
    return table !== void 0 && !table.rowSecurity;
  }).map((s) => ({
    at: s,
    object: ctx.qualify(s.node.table),
    message: `Policy ${s.node.policy_name} on ${ctx.qualify(s.node.table)} has no effect: row level security is off on that table.`
  }))
);

// src/rules/security/rls-enabled-without-policy.ts
var rls_enabled_without_policy_default = rule(
  {
    id: "rls-enabled-without-policy",
    category: "security",
    severity: "warning",
    summary: "Row level security enabled on a table with no policy.",
    rationale: "With RLS on and no policy, every non-owner role sees no rows and cannot write: the feature is broken for them, often discovered only in production.",
    safeAlternative: "Add the policies in the same migration that enables RLS.",
    needs: "review",
    example: {
      setup: "CREATE TABLE notes (id bigint PRIMARY KEY, owner text);",
      bad: "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;",
      good: "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);"
    }
  },
  (ctx) => touchedTables(ctx).filter((t) => t.rowSecurity && !Object.keys(ctx.catalog?.after.objects.policy ?? {}).some((p) => p.startsWith(`${t.qualifiedName} policy `))).flatMap((t) => {
    const at = statementFor(ctx, t.qualifiedName);
    return at ? [
      {
        at,
        object: t.qualifiedName,
        message: `${t.qualifiedName} has row level security on and no policy: roles other than its owner see no rows and cannot write.`
      }
    ] : [];
  })
);

// src/rules/security/role-or-ownership-change.ts
var POWERS = /* @__PURE__ */ new Map([
  ["superuser", "SUPERUSER"],
  ["createrole", "CREATEROLE"],
  ["bypassrls", "BYPASSRLS"],
  ["isreplication", "REPLICATION"],
  ["createdb", "CREATEDB"]
]);
var role_or_ownership_change_default = rule(
  {
    id: "role-or-ownership-change",
    category: "security",
    severity: "warning",
    summary: "A migration that creates or alters roles, or changes object ownership.",
    rationale: "Roles are cluster-wide and outlive the database; privileges like SUPERUSER, CREATEROLE or BYPASSRLS, and changes of owner, change who can do what everywhere. They belong to whoever runs the database, reviewed as such.",
    safeAlternative: "Manage roles outside schema migrations (infrastructure as code); if a migration must, grant the narrowest attributes.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);",
      bad: "CREATE ROLE reporting LOGIN BYPASSRLS;",
      good: "-- the role is created where roles are managed (the infrastructure repository); here it gets what it needs\nGRANT SELECT ON accounts TO reporting;"
    }
  },
  (ctx) => [
    ...statementsOf(ctx, "CreateRoleStmt", "AlterRoleStmt", "AlterOwnerStmt", "GrantRoleStmt"),
    ...statementsOf(ctx, "AlterTableStmt").filter((s) => (s.node.cmds ?? []).some((c) => c.AlterTableCmd?.subtype === "AT_ChangeOwner"))
  ].map((s) => {
    const what = s.stmt.kind === "AlterOwnerStmt" || s.stmt.kind === "AlterTableStmt" ? "changes an owner" : s.stmt.kind === "GrantRoleStmt" ? "grants role membership" : s.stmt.kind === "CreateRoleStmt" ? `creates role ${isKind(s, "CreateRoleStmt") ? s.node.role : ""}` : "alters a role";
    const granted = (("options" in s.node ? s.node.options : void 0) ?? []).map((o) => o.DefElem).find((d) => d?.arg?.Boolean?.boolval === true && POWERS.has(d.defname));
    const powerful = granted ? POWERS.get(granted.defname) : void 0;
    return {
      at: s,
      message: `This migration ${what}${powerful ? ` with ${powerful}` : ""}: roles are cluster-wide; review it with whoever runs the database.`
    };
  })
);

// src/rules/security/security-definer-function-executable.ts
var security_definer_function_executable_default = rule(
  {
    id: "security-definer-function-executable",
    category: "security",
    severity: "warning",
    summary: "A new SECURITY DEFINER function that every role (PUBLIC, anon or authenticated) may execute.",
    rationale: "Functions are executable by PUBLIC by default: a SECURITY DEFINER function then gives every role its owner's rights for whatever it does.",
    safeAlternative: "REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC; GRANT EXECUTE to the roles that need it.",
    needs: "review",
    example: {
      setup: "",
      bad: "CREATE FUNCTION purge() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT 1 $$;",
      good: "CREATE FUNCTION purge() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT 1 $$;\nREVOKE EXECUTE ON FUNCTION purge() FROM PUBLIC;"
    }
  },
  (ctx) => {
    const before = ctx.catalog?.before.objects.function ?? {};
    return Object.entries(ctx.catalog?.after.objects.function ?? {}).filter(([name, f]) => !before[name] && f.properties["security definer"] === true).filter(([, f]) => {
      const acl = f.properties.privileges;
      return acl === null || acl.some((a) => /^(=|anon=|authenticated=)[^/]*X/.test(a));
    }).flatMap(([name]) => {
      const short = name.split(".").pop()?.replace(/\(.*/, "") ?? name;
      const at = ctx.statements.find((s) => s.stmt.kind === "CreateFunctionStmt" && JSON.stringify(s.node.funcname).includes(`"${short}"`)) ?? statementFor(ctx, name);
      return at ? [
        {
          at,
          object: name,
          message: `${name} runs with its owner's rights and every role may execute it. REVOKE EXECUTE ... FROM PUBLIC and grant it to the roles that need it.`
        }
      ] : [];
    });
  }
);

// src/rules/security/security-definer-view.ts
var security_definer_view_default = rule(
  {
    id: "security-definer-view",
    category: "security",
    severity: "warning",
    summary: "A view in an exposed schema without security_invoker, over tables that use row level security.",
    rationale: "A view runs with its owner's rights: querying it bypasses the RLS policies of the tables underneath (for a superuser or table owner, all rows).",
    safeAlternative: "CREATE VIEW ... WITH (security_invoker = true) (PostgreSQL 15+).",
    needs: "review",
    example: {
      setup: "CREATE TABLE notes (id bigint PRIMARY KEY, owner text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;",
      bad: "CREATE VIEW my_notes AS SELECT * FROM notes;",
      good: "CREATE VIEW my_notes WITH (security_invoker = true) AS SELECT * FROM notes;"
    }
  },
  (ctx) => statementsOf(ctx, "ViewStmt").filter((s) => !(s.node.options ?? []).some((o) => o.DefElem?.defname === "security_invoker")).filter((s) => (s.node.view?.schemaname ?? "public") === "public").filter((s) => findAll(s.node.query, "RangeVar").some((r) => ctx.catalog?.after.tables[ctx.qualify(r)]?.rowSecurity)).map((s) => ({
    at: s,
    object: nameOf([{ String: { sval: s.node.view?.relname } }]),
    message: `View ${s.node.view?.relname} reads tables protected by row level security but runs with its owner's rights, bypassing their policies. Add WITH (security_invoker = true).`
  }))
);

// src/rules/security/server-file-access.ts
var FILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "pg_read_file",
  "pg_read_binary_file",
  "pg_ls_dir",
  "pg_stat_file",
  "pg_ls_logdir",
  "pg_ls_waldir",
  "pg_ls_tmpdir",
  "pg_ls_archive_statusdir",
  "lo_import",
  "lo_export",
  "pg_file_write",
  "pg_file_rename",
  "pg_file_unlink"
]);
var server_file_access_default = rule(
  {
    id: "server-file-access",
    category: "security",
    severity: "error",
    summary: "A migration that reads or writes the database server's files or runs a program there (COPY to or from a file or PROGRAM, pg_read_file, lo_export, ...).",
    rationale: "Files and programs on the database server are outside the schema: they differ between environments, so the migration works in one and fails in another, and the rights it needs (superuser, pg_read_server_files, pg_write_server_files, pg_execute_server_program) let the migration role read any file or run any command as the server's OS user.",
    safeAlternative: "Load data from the client side (psql's \\copy, COPY ... FROM STDIN from the migration tool) or ship it as SQL in the migration; keep server files and programs out of the application's migrations.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE countries (code text PRIMARY KEY, name text);",
      bad: "COPY countries FROM '/tmp/countries.csv' (FORMAT csv);",
      good: "INSERT INTO countries (code, name) VALUES ('NL', 'Netherlands'), ('PT', 'Portugal');"
    }
  },
  (ctx) => [
    ...statementsOf(ctx, "CopyStmt").filter((s) => s.node.filename !== void 0).map((s) => {
      const where2 = s.node.is_program ? `the program \`${s.node.filename}\` on the server` : `the server file ${s.node.filename}`;
      return {
        at: s,
        message: `COPY ${s.node.is_from ? "reads from" : "writes to"} ${where2}: it runs as the database server's OS user, not where the migration runs.`
      };
    }),
    ...ctx.statements.flatMap((s) => {
      const used = [
        ...new Set(
          calledFunctions(s.node).map((f) => f.replace(/^pg_catalog\./, "")).filter((f) => FILE_FUNCTIONS.has(f))
        )
      ];
      return used.length ? [
        {
          at: s,
          message: `${used.join(", ")} reaches the database server's own files, which the migration cannot count on and should not have the rights to touch.`
        }
      ] : [];
    })
  ]
);

// src/rules/security/table-without-rls.ts
var EXPOSED = /* @__PURE__ */ new Set(["public"]);
var table_without_rls_default = rule(
  {
    id: "table-without-rls",
    category: "security",
    severity: "warning",
    summary: "A new table in an exposed schema without row level security, where the project uses RLS elsewhere.",
    rationale: "When other tables in the schema rely on RLS (Supabase, PostgREST, multi-tenant apps), a new table without it is readable and writable by every role that has privileges on it: usually everyone the API serves.",
    safeAlternative: "ALTER TABLE ... ENABLE ROW LEVEL SECURITY and add policies in the same migration.",
    needs: "review",
    example: {
      setup: "CREATE TABLE profiles (id bigint PRIMARY KEY, owner text);\nALTER TABLE profiles ENABLE ROW LEVEL SECURITY;",
      bad: "CREATE TABLE notes (id bigint PRIMARY KEY, owner text, body text);",
      good: "CREATE TABLE notes (id bigint PRIMARY KEY, owner text, body text);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\nCREATE POLICY own_notes ON notes USING (owner = current_user);"
    }
  },
  (ctx) => {
    const before = Object.values(ctx.catalog?.before.tables ?? {});
    if (!before.some((t) => t.rowSecurity)) return [];
    return touchedTables(ctx).filter((t) => !ctx.existedBefore(t.qualifiedName) && EXPOSED.has(t.schema) && !t.rowSecurity && !t.partitionOf).flatMap((t) => {
      const at = statementFor(ctx, t.qualifiedName);
      const rls = before.filter((b) => b.rowSecurity).length;
      return at ? [
        {
          at,
          object: t.qualifiedName,
          message: `${t.qualifiedName} has row level security off, while ${rls} existing table${rls === 1 ? "" : "s"} rely on it: every role with privileges sees all its rows. Enable RLS and add policies.`
        }
      ] : [];
    });
  }
);

// src/rules/security/untrusted-extension.ts
var RISKY = /* @__PURE__ */ new Map([
  ["plpython3u", "runs untrusted Python with the server's OS privileges"],
  ["plperlu", "runs untrusted Perl with the server's OS privileges"],
  ["pltclu", "runs untrusted Tcl with the server's OS privileges"],
  ["dblink", "opens connections from the database server to any host"],
  ["postgres_fdw", "opens connections from the database server to other servers"],
  ["file_fdw", "reads files on the database server"],
  ["adminpack", "writes files on the database server"],
  ["lo", "manages large objects that escape normal privileges"],
  ["pageinspect", "exposes raw table pages to superusers"]
]);
var untrusted_extension_default = rule(
  {
    id: "untrusted-extension",
    category: "security",
    severity: "warning",
    summary: "CREATE EXTENSION of an untrusted language or an extension that reaches outside the database.",
    rationale: "Untrusted languages run arbitrary code as the PostgreSQL OS user; dblink and foreign data wrappers let SQL open network connections or read files. Each widens what a compromised account can do.",
    safeAlternative: "Use trusted languages (plpgsql, SQL); if the extension is really needed, restrict who may use it and review it with whoever runs the database.",
    needs: "sql",
    example: {
      setup: "",
      bad: "CREATE EXTENSION dblink;",
      good: "-- the application calls the other service and keeps what it needs in a table of its own\nCREATE TABLE partner_accounts (id bigint PRIMARY KEY, name text NOT NULL, synced_at timestamptz NOT NULL);"
    }
  },
  (ctx) => statementsOf(ctx, "CreateExtensionStmt").filter((s) => RISKY.has(String(s.node.extname))).map((s) => ({ at: s, object: s.node.extname, message: `CREATE EXTENSION ${s.node.extname}: it ${RISKY.get(String(s.node.extname))}.` }))
);

// src/rules/hygiene/do-block-uninspected.ts
var do_block_uninspected_default = rule(
  {
    id: "do-block-uninspected",
    category: "hygiene",
    severity: "info",
    summary: "A DO block (or dynamic SQL) whose statements the rules cannot read.",
    rationale: "The rules read parsed SQL; the body of a DO block is a string until it runs. The sandbox still measures what it did (locks, rewrites, catalog diff), but static checks do not see inside.",
    safeAlternative: "Prefer plain statements; keep DO blocks for logic SQL cannot express, and read their measured effects in the review.",
    needs: "sql",
    example: {
      setup: "",
      bad: "DO $$ BEGIN EXECUTE 'CREATE INDEX idx ON big_table (col)'; END $$;",
      good: "CREATE INDEX CONCURRENTLY idx ON big_table (col);"
    }
  },
  (ctx) => statementsOf(ctx, "DoStmt").map((s) => ({
    at: s,
    message: ctx.mode === "review" ? "A DO block: the rules cannot read the statements inside it; its effects are in the measured trace and the catalog diff." : "A DO block: the rules cannot read the statements inside it (a review measures what it does)."
  }))
);

// src/rules/hygiene/duplicate-column-assignment.ts
var duplicate_column_assignment_default = rule(
  {
    id: "duplicate-column-assignment",
    category: "hygiene",
    severity: "error",
    summary: "The same column assigned twice in one INSERT column list or UPDATE SET.",
    rationale: 'PostgreSQL rejects it ("multiple assignments to same column"), or in generated SQL it hides a copy-paste error where one of the values was meant for another column.',
    safeAlternative: "Assign each column once.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, plan text, seats int);",
      bad: "UPDATE accounts SET plan = 'pro', plan = 'team';",
      good: "UPDATE accounts SET plan = 'team', seats = 5;"
    }
  },
  (ctx) => statementsOf(ctx, "UpdateStmt", "InsertStmt").flatMap((s) => {
    const names2 = ((isKind(s, "UpdateStmt") ? s.node.targetList : s.node.cols) ?? []).map((t) => t.ResTarget?.name).filter(Boolean);
    const dup = names2.find((n, i) => names2.indexOf(n) !== i);
    return dup ? [{ at: s, message: `Column ${dup} is assigned more than once.` }] : [];
  })
);

// src/rules/hygiene/explicit-transaction-in-wrapped-migration.ts
var explicit_transaction_in_wrapped_migration_default = rule(
  {
    id: "explicit-transaction-in-wrapped-migration",
    category: "hygiene",
    severity: "warning",
    summary: "BEGIN/COMMIT written in a migration that the framework already runs in a transaction.",
    rationale: "The file's COMMIT ends the framework's transaction early: statements after it run outside any transaction, and the framework's own bookkeeping (the row that records the migration as applied) is no longer atomic with the change.",
    safeAlternative: "Remove BEGIN/COMMIT from the file; use the framework's opt-out (e.g. `-- +goose NO TRANSACTION`) if the file must manage transactions itself.",
    needs: "sql",
    example: { setup: "", bad: "-- +goose Up\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;", good: "-- +goose Up\nCREATE TABLE a (id int);" }
  },
  (ctx) => ctx.migrations.filter((m) => m.transaction === "wrapped").flatMap((m) => {
    const first = m.statements.find((s) => s.stmt.kind === "TransactionStmt");
    return first ? [
      {
        at: first,
        message: `${LAYOUTS[m.framework].label} already runs this migration in a transaction: this ${String(first.node.kind).replace("TRANS_STMT_", "")} ends or nests it, and what follows is no longer atomic.`
      }
    ] : [];
  })
);

// src/rules/hygiene/missing-down-migration.ts
var missing_down_migration_default = rule(
  {
    id: "missing-down-migration",
    category: "hygiene",
    severity: "info",
    summary: "A new migration without a down migration, in a framework that has them.",
    rationale: "When a deploy goes wrong, the down migration is the rehearsed way back; without it the rollback is improvised under pressure.",
    safeAlternative: "Write the down (or state in it why the change cannot be undone).",
    needs: "sql",
    example: {
      setup: "",
      bad: "-- +goose Up\nCREATE TABLE notes (id bigint PRIMARY KEY);",
      good: "-- +goose Up\nCREATE TABLE notes (id bigint PRIMARY KEY);\n-- +goose Down\nDROP TABLE notes;"
    }
  },
  (ctx) => ctx.migrations.filter((m) => m.supportsDown && !m.hasDown && m.statements.length).map((m) => ({
    at: m.statements[0],
    message: `No down migration: ${LAYOUTS[m.framework].label} supports one, and a rollback would have to be improvised.`
  }))
);

// src/rules/hygiene/mixed-data-and-schema.ts
var DDL = /^(Create|Alter|Drop|Index|Rename|Comment|Grant)/;
var mixed_data_and_schema_default = rule(
  {
    id: "mixed-data-and-schema",
    category: "hygiene",
    severity: "info",
    summary: "A migration that changes both the schema and data of existing tables.",
    rationale: "In one transaction the data change runs while the DDL locks are held (the table stays blocked for the whole backfill); and if the data part fails, the schema change rolls back with it.",
    safeAlternative: "Schema change in one migration, data change (batched) in another.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
      bad: "ALTER TABLE accounts ADD COLUMN plan text;\nUPDATE accounts SET plan = 'free';",
      good: "ALTER TABLE accounts ADD COLUMN plan text;\n-- and, in a migration of its own, batched:\n-- UPDATE accounts SET plan = 'free' WHERE id BETWEEN 1 AND 10000;"
    }
  },
  (ctx) => ctx.migrations.flatMap((m) => {
    const ddl = m.statements.find((s) => DDL.test(s.stmt.kind) && s.stmt.kind !== "CreateStmt");
    const dml = m.statements.find((s) => ["UpdateStmt", "DeleteStmt", "InsertStmt"].includes(s.stmt.kind) && ctx.existedBefore(ctx.qualify(s.node.relation)));
    return ddl && dml ? [
      {
        at: dml,
        message: "This migration changes data of an existing table as well as the schema: split the data change into its own (batched) migration."
      }
    ] : [];
  })
);

// src/rules/hygiene/nested-transaction.ts
var nested_transaction_default = rule(
  {
    id: "nested-transaction",
    category: "hygiene",
    severity: "warning",
    summary: "BEGIN inside an open transaction, or COMMIT/ROLLBACK with none open.",
    rationale: "PostgreSQL does not nest transactions: a second BEGIN only warns, and the first COMMIT ends the outer transaction early, so later statements run outside the atomic unit the author meant.",
    safeAlternative: "One BEGIN and one COMMIT per migration; use SAVEPOINT for nested units.",
    needs: "sql",
    example: { setup: "", bad: "BEGIN;\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCOMMIT;", good: "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;" }
  },
  (ctx) => ctx.migrations.flatMap((m) => {
    let open = m.transaction === "wrapped";
    const hits = [];
    for (const s of m.statements.filter((x) => x.stmt.kind === "TransactionStmt")) {
      const effect = transactionEffect(s.node);
      if (effect === "opens") {
        if (open)
          hits.push({
            at: s,
            message: `BEGIN inside a transaction that is already open${m.transaction === "wrapped" ? " (the framework opens one)" : ""}: PostgreSQL does not nest, and the first COMMIT ends both.`
          });
        open = true;
      } else if (effect === "ends") {
        if (!open) hits.push({ at: s, message: `${s.node.kind === "TRANS_STMT_COMMIT" ? "COMMIT" : "ROLLBACK"} with no transaction open.` });
        open = false;
      }
    }
    return hits;
  })
);

// src/rules/hygiene/non-idempotent-statement.ts
var CHECKS = [
  ["CreateStmt", (n) => !n.if_not_exists, "CREATE TABLE IF NOT EXISTS", [/\bTABLE\b/i, "TABLE IF NOT EXISTS"]],
  ["IndexStmt", (n) => !n.if_not_exists, "CREATE INDEX IF NOT EXISTS", [/\bINDEX(\s+CONCURRENTLY)?\b/i, "INDEX$1 IF NOT EXISTS"]],
  [
    "DropStmt",
    (n) => !n.missing_ok,
    "DROP ... IF EXISTS",
    [/\bDROP\s+(TABLE|INDEX(\s+CONCURRENTLY)?|SEQUENCE|VIEW|SCHEMA|TYPE|FUNCTION)\b/i, "DROP $1 IF EXISTS"]
  ],
  ["CreateSchemaStmt", (n) => !n.if_not_exists, "CREATE SCHEMA IF NOT EXISTS", [/\bSCHEMA\b/i, "SCHEMA IF NOT EXISTS"]],
  ["CreateExtensionStmt", (n) => !n.if_not_exists, "CREATE EXTENSION IF NOT EXISTS", [/\bEXTENSION\b/i, "EXTENSION IF NOT EXISTS"]],
  ["CreateSeqStmt", (n) => !n.if_not_exists, "CREATE SEQUENCE IF NOT EXISTS", [/\bSEQUENCE\b/i, "SEQUENCE IF NOT EXISTS"]]
];
var non_idempotent_statement_default = rule(
  {
    id: "non-idempotent-statement",
    category: "hygiene",
    severity: "warning",
    summary: "A statement that fails when re-run, in a migration that runs without a transaction.",
    rationale: "Without a transaction a migration that fails halfway stays half-applied; re-running it then fails on the statements that already succeeded (relation already exists), and someone has to repair it by hand.",
    safeAlternative: "IF NOT EXISTS / IF EXISTS on each statement, so the migration can simply be run again.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);",
      bad: "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);",
      good: "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_account_idx ON orders (account_id);"
    }
  },
  (ctx) => ctx.statements.filter((s) => s.migration.transaction === "none" || s.migration.transaction === "auto" && s.migration.outcome?.transactional === false).flatMap((s) => {
    const check = CHECKS.find(([kind, bad]) => kind === s.stmt.kind && bad(s.node));
    const fix = check && replaceInStatement(s, check[3][0], check[3][1]);
    return check ? [
      {
        at: s,
        ...fix ? { fix } : {},
        message: `This migration runs without a transaction, so a failure leaves it half-applied, and this statement fails on a re-run. Use ${check[2]}.`
      }
    ] : [];
  })
);

// src/rules/hygiene/session-setting-persists.ts
var session_setting_persists_default = rule(
  {
    id: "session-setting-persists",
    category: "hygiene",
    severity: "info",
    summary: "SET (not SET LOCAL) inside a migration that runs in a transaction.",
    rationale: "A plain SET outlives the migration: it stays on the connection for every later migration the runner applies on it (a lock_timeout meant for one statement applies to all).",
    safeAlternative: "SET LOCAL, which ends with the transaction.",
    needs: "sql",
    example: {
      setup: "",
      bad: "-- migrate:up\nSET lock_timeout = '5s';\nCREATE TABLE notes (id bigint PRIMARY KEY);",
      good: "-- migrate:up\nSET LOCAL lock_timeout = '5s';\nCREATE TABLE notes (id bigint PRIMARY KEY);"
    }
  },
  (ctx) => statementsOf(ctx, "VariableSetStmt").filter(
    (s) => s.node.kind === "VAR_SET_VALUE" && !s.node.is_local && ["wrapped", "implicit", "auto"].includes(s.migration.transaction) && s.migration.path !== ""
  ).map((s) => ({
    at: s,
    object: s.node.name,
    message: `SET ${s.node.name} stays on the connection after this migration: later migrations run with it too. Use SET LOCAL.`
  }))
);

// src/rules/hygiene/sleep-in-migration.ts
var SLEEPS = /* @__PURE__ */ new Set(["pg_sleep", "pg_sleep_for", "pg_sleep_until"]);
var sleep_in_migration_default = rule(
  {
    id: "sleep-in-migration",
    category: "hygiene",
    severity: "warning",
    summary: "A migration that sleeps (pg_sleep, pg_sleep_for, pg_sleep_until).",
    rationale: "A sleep inside a migration waits while the migration holds every lock it has taken so far, and usually papers over a race (waiting for replicas, for a deploy, for a job) that a sleep does not actually order.",
    safeAlternative: "Order the work explicitly: split the migration, or wait for the condition itself in the deploy tooling, never in the transaction that holds the locks.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, note text);",
      bad: "ALTER TABLE accounts ADD COLUMN plan text;\nSELECT pg_sleep(0.01);",
      good: "ALTER TABLE accounts ADD COLUMN plan text;"
    }
  },
  (ctx) => ctx.statements.flatMap((s) => {
    const sleeps = [...new Set(calledFunctions(s.node).filter((f) => SLEEPS.has(f.replace(/^pg_catalog\./, ""))))];
    return sleeps.length ? [{ at: s, message: `${sleeps.join(", ")} waits inside the migration, holding the locks it has taken so far.${tookHere(s)}` }] : [];
  })
);

// src/rules/suppress.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);
var DIRECTIVE = /--\s*dba-ignore(-file)?:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(.*)$/i;
var directiveName = (s) => s.scope === "file" ? "dba-ignore-file" : "dba-ignore";
var ruleIdsOf = (m) => m[2].split(",").map((id) => id.trim().toLowerCase());
function commentLines(text) {
  const source = new SourceText(text);
  const byLine = /* @__PURE__ */ new Map();
  for (const token of (0, import_libpg_query3.scanSync)(text).tokens) {
    if (token.tokenName !== "SQL_COMMENT") continue;
    const { line } = source.positionAt(source.indexOfByte(token.start));
    if (!byLine.has(line)) byLine.set(line, token.text);
  }
  return byLine;
}
function findSuppressions(migration2) {
  if (!/dba-ignore/i.test(migration2.text) || !migration2.statements.length) return [];
  const lastLine = migration2.text.split("\n").length;
  const comments = commentLines(migration2.text);
  const out = [];
  for (const [line, comment] of comments) {
    const m = DIRECTIVE.exec(comment);
    if (m?.[1])
      out.push({ file: migration2.path, line, ruleIds: ruleIdsOf(m), reason: m[3].trim(), scope: "file", appliesTo: { from: 1, to: lastLine } });
  }
  const statements = migration2.statements.map((s) => s.stmt);
  let previousEnd = 0;
  for (const [i, stmt] of [...statements, void 0].entries()) {
    const start = stmt?.start.line ?? lastLine;
    for (let line = Math.max(previousEnd, 1); line <= start; line++) {
      const m = DIRECTIVE.exec(comments.get(line) ?? "");
      if (!m || m[1]) continue;
      const target = line === previousEnd && i > 0 ? statements[i - 1] : stmt;
      if (!target) continue;
      out.push({
        file: migration2.path,
        line,
        ruleIds: ruleIdsOf(m),
        reason: m[3].trim(),
        scope: "statement",
        appliesTo: { from: target === statements[0] ? 1 : target.start.line, to: target.end.line }
      });
    }
    previousEnd = stmt?.end.line ?? previousEnd;
  }
  return out.sort((a, b) => a.line - b.line);
}

// src/rules/hygiene/suppression-without-reason.ts
var suppression_without_reason_default = rule(
  {
    id: "suppression-without-reason",
    category: "hygiene",
    severity: "warning",
    summary: "A `-- dba-ignore:` or `-- dba-ignore-file:` comment without a reason.",
    rationale: "A suppression is a decision someone took; without the reason the next reader cannot tell a considered exception from a silenced warning. A suppression without a reason is not applied.",
    safeAlternative: "`-- dba-ignore: rule-id the reason it does not apply here`",
    needs: "sql",
    example: {
      setup: "CREATE TABLE t (id bigint PRIMARY KEY, n int);",
      bad: "-- dba-ignore: create-index-non-concurrently\nCREATE INDEX t_n ON t (n);",
      good: "-- dba-ignore: create-index-non-concurrently t holds 12 rows in every environment\nCREATE INDEX t_n ON t (n);"
    }
  },
  (ctx) => ctx.migrations.flatMap(findSuppressions).filter((s) => !s.reason).map((s) => ({
    at: { file: s.file, line: s.line, column: 1 },
    message: `${directiveName(s)} for ${s.ruleIds.join(", ")} gives no reason, so it is not applied: say why the finding does not apply here, after the rule ids.`
  }))
);

// src/rules/hygiene/transaction-incompatible.ts
var transaction_incompatible_default = pipelineRule({
  id: "transaction-incompatible",
  category: "hygiene",
  severity: "error",
  summary: "A statement that cannot run inside a transaction block, in a migration its framework runs inside one.",
  rationale: "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM, DETACH PARTITION CONCURRENTLY (and ALTER TYPE ... ADD VALUE before PostgreSQL 12) refuse a transaction block: the migration fails in production. Frameworks that send a file as one query (Prisma, golang-migrate) allow such a statement only alone in its file; Flyway refuses a file that mixes it with others.",
  safeAlternative: "Use the framework's opt-out (goose: `-- +goose NO TRANSACTION`; dbmate: `transaction:false`; Flyway: `executeInTransaction=false`; Liquibase: `runInTransaction:false`), or put the statement alone in a migration of its own.",
  needs: "sql",
  example: {
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);",
    bad: "-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);",
    good: "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);"
  }
});

// src/rules/hygiene/uncommitted-transaction.ts
var uncommitted_transaction_default = rule(
  {
    id: "uncommitted-transaction",
    category: "hygiene",
    severity: "error",
    summary: "A migration that opens a transaction and never commits it.",
    rationale: "Whatever the framework does at the end (commit, roll back, or leave the session idle in transaction holding its locks), it is not what the file says.",
    safeAlternative: "End every BEGIN with COMMIT in the same file.",
    needs: "sql",
    example: { setup: "", bad: "BEGIN;\nCREATE TABLE a (id int);", good: "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;" }
  },
  (ctx) => ctx.migrations.flatMap((m) => {
    let openedBy;
    for (const s of m.statements.filter((x) => x.stmt.kind === "TransactionStmt")) {
      const effect = transactionEffect(s.node);
      if (effect === "opens") openedBy ??= s;
      else if (effect === "ends") openedBy = void 0;
    }
    return openedBy ? [{ at: openedBy, message: "This BEGIN is never committed in the file." }] : [];
  })
);

// src/rules/hygiene/unknown-rule-in-suppression.ts
var unknown_rule_in_suppression_default = rule(
  {
    id: "unknown-rule-in-suppression",
    category: "hygiene",
    severity: "error",
    summary: "A `-- dba-ignore:` or `-- dba-ignore-file:` comment naming a rule that does not exist.",
    rationale: "A typo in a rule id suppresses nothing, silently: the author believes a finding is handled when it is not.",
    safeAlternative: "Use a rule id from docs/rules/README.md.",
    needs: "sql",
    example: {
      setup: "CREATE TABLE t (id bigint PRIMARY KEY, n int);",
      bad: "-- dba-ignore: create-index-non-concurent t is tiny\nCREATE INDEX t_n ON t (n);",
      good: "-- dba-ignore: create-index-non-concurrently t is tiny\nCREATE INDEX t_n ON t (n);"
    }
  },
  (ctx) => ctx.migrations.flatMap(findSuppressions).flatMap(
    (s) => s.ruleIds.filter((id) => !ctx.ruleIds.has(id)).map((id) => ({
      at: { file: s.file, line: s.line, column: 1 },
      message: `"${id}" is not a pg-dba-review rule: this ${directiveName(s)} comment suppresses nothing. See docs/rules/README.md for the rule ids.`
    }))
  )
);

// src/rules/hygiene/unqualified-object.ts
var unqualified_object_default = rule(
  {
    id: "unqualified-object",
    category: "hygiene",
    severity: "info",
    summary: "A table created or altered without an explicit schema.",
    rationale: "An unqualified name goes wherever the session's search_path points: the same migration can act on different schemas in different environments.",
    safeAlternative: "Qualify names: public.accounts.",
    needs: "sql",
    defaultOff: true,
    example: { setup: "", bad: "CREATE TABLE accounts (id bigint PRIMARY KEY);", good: "CREATE TABLE public.accounts (id bigint PRIMARY KEY);" }
  },
  (ctx) => ctx.statements.filter((s) => ["CreateStmt", "AlterTableStmt", "IndexStmt"].includes(s.stmt.kind) && s.node.relation && !s.node.relation.schemaname).map((s) => ({ at: s, object: s.node.relation.relname, message: `${s.node.relation.relname} has no schema: it lands wherever search_path points.` }))
);

// src/rules/history/atlas-sum-mismatch.ts
var atlas_sum_mismatch_default = pipelineRule({
  id: "atlas-sum-mismatch",
  category: "history",
  severity: "error",
  summary: "An Atlas migration directory whose files no longer match its atlas.sum (a migration added, edited or removed without `atlas migrate hash`).",
  rationale: "Atlas checks the directory against atlas.sum before it does anything: `atlas migrate validate` fails and `atlas migrate apply` refuses to run any migration until the sum matches, so the deploy stops. The sum also guards against an applied migration being edited by accident, or two branches adding migrations that were never hashed together.",
  safeAlternative: "Run `atlas migrate hash` and commit the new atlas.sum, after checking that the change edits no migration production has applied (the finding names the first file that differs, as `atlas migrate validate` does).",
  needs: "review",
  example: {
    setup: "",
    bad: "-- migrations/20240102000000_add_plan.sql added; migrations/atlas.sum unchanged",
    good: "-- migrations/20240102000000_add_plan.sql added; atlas.sum re-hashed with `atlas migrate hash`"
  }
});

// src/rules/history/down-migration-failed.ts
var down_migration_failed_default = pipelineRule({
  id: "down-migration-failed",
  category: "history",
  severity: "warning",
  summary: "A down migration that fails when run right after its up.",
  rationale: "The rollback plan does not work: in an incident it would stop halfway.",
  safeAlternative: "Fix the down SQL at the line given; test it by running up, down, up.",
  needs: "review",
  example: {
    setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
    bad: "-- +goose Up\nALTER TABLE accounts ADD COLUMN note text;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN notes;",
    good: "-- +goose Up\nALTER TABLE accounts ADD COLUMN note text;\n-- +goose Down\nALTER TABLE accounts DROP COLUMN note;"
  }
});

// src/rules/history/down-migration-incomplete.ts
var down_migration_incomplete_default = pipelineRule({
  id: "down-migration-incomplete",
  category: "history",
  severity: "warning",
  summary: "Up then down does not give back the schema the up started from.",
  rationale: "A rollback leaves objects behind (an enum type, a sequence) or does not restore what the up removed (an index): the next up may fail, and environments drift.",
  safeAlternative: "Make the down undo exactly what the up did; the finding lists what differs.",
  needs: "review",
  example: {
    setup: "",
    bad: "-- +goose Up\nCREATE TYPE mood AS ENUM ('ok');\n-- +goose Down\nSELECT 1;",
    good: "-- +goose Up\nCREATE TYPE mood AS ENUM ('ok');\n-- +goose Down\nDROP TYPE mood;"
  }
});

// src/rules/history/fails-on-existing-rows.ts
var fails_on_existing_rows_default = pipelineRule({
  id: "fails-on-existing-rows",
  category: "history",
  severity: "warning",
  summary: "A statement that fails once the tables it touches hold rows (it only applies to empty tables).",
  rationale: "The sandbox fills the existing tables a change touches with generated rows; a statement that fails on them (a CHECK or UNIQUE those rows break, a NOT NULL column without default) succeeds in development, where tables are empty, and fails in production if real rows are like them.",
  safeAlternative: "Check production data against the constraint first (a SELECT for violating rows); add the constraint NOT VALID and clean the data before VALIDATE.",
  needs: "review",
  example: {
    setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);",
    bad: "ALTER TABLE accounts ADD CONSTRAINT plan_known CHECK (plan IN ('free', 'pro'));",
    good: "ALTER TABLE accounts ADD CONSTRAINT plan_known CHECK (plan IN ('free', 'pro')) NOT VALID;\n-- fix the rows that break it, then: ALTER TABLE accounts VALIDATE CONSTRAINT plan_known;"
  }
});

// src/rules/history/duplicate-migration-version.ts
var duplicate_migration_version_default = pipelineRule({
  id: "duplicate-migration-version",
  category: "history",
  severity: "error",
  summary: "Two migrations of one history share a version.",
  rationale: "The framework cannot tell them apart: one fails, or one is skipped, depending on the framework.",
  safeAlternative: "Give the new migration a version of its own.",
  needs: "review",
  example: { setup: "", bad: "-- 00005_a.sql and 00005_b.sql", good: "-- 00005_a.sql and 00006_b.sql" }
});

// src/rules/history/migration-deleted.ts
var migration_deleted_default = pipelineRule({
  id: "migration-deleted",
  category: "history",
  severity: "error",
  summary: "A migration already on the base branch is deleted.",
  rationale: "Production keeps the schema it created, but no migration describes it any more: new environments built from the history lack it.",
  safeAlternative: "Keep applied migrations; undo their effect with a new migration if needed.",
  needs: "review",
  example: { setup: "", bad: "-- git rm db/migrations/003_old.sql", good: "-- a new migration that drops what 003_old.sql created" }
});

// src/rules/history/migration-edited.ts
var migration_edited_default = pipelineRule({
  id: "migration-edited",
  category: "history",
  severity: "error",
  summary: "A migration already on the base branch is edited by the change.",
  rationale: "Production has applied the old version and will never run the edit; Flyway and Liquibase refuse to migrate on the checksum mismatch. New environments and production then differ.",
  safeAlternative: "Leave applied migrations as they are; put the change in a new migration.",
  needs: "review",
  example: { setup: "", bad: "-- edit of db/migrations/001_accounts.sql, already applied", good: "-- db/migrations/002_accounts_plan.sql with the new change" }
});

// src/rules/history/migration-failed.ts
var migration_failed_default = pipelineRule({
  id: "migration-failed",
  category: "history",
  severity: "error",
  summary: "A migration that PostgreSQL rejects when applied on top of the base branch's history.",
  rationale: "It will fail the same way in production (or, worse, in the middle of a deploy): the sandbox ran it on the schema production has.",
  safeAlternative: "Fix the statement PostgreSQL names, at the line and column given.",
  needs: "review",
  example: {
    setup: "CREATE TABLE accounts (id bigint PRIMARY KEY);",
    bad: "ALTER TABLE acounts ADD COLUMN plan text;",
    good: "ALTER TABLE accounts ADD COLUMN plan text;"
  }
});

// src/rules/history/migration-not-sql.ts
var migration_not_sql_default = pipelineRule({
  id: "migration-not-sql",
  category: "history",
  severity: "warning",
  summary: "A migration written in a host language (Rails, Django, Alembic, Knex, ...) was found and could not be analysed.",
  rationale: "Only SQL can be replayed in the sandbox; the change is reviewed without it rather than silently passed.",
  safeAlternative: "Have the build write the SQL these migrations run to files (e.g. `rails db:migrate` with structure.sql, `alembic upgrade --sql`, `knex migrate` with debug output) and point migrations.paths at them.",
  needs: "review",
  example: { setup: "", bad: "-- db/migrate/20240101000000_add_plan.rb", good: "-- db/sql/20240101000000_add_plan.sql generated from it" }
});

// src/rules/history/migration-out-of-order.ts
var migration_out_of_order_default = pipelineRule({
  id: "migration-out-of-order",
  category: "history",
  severity: "warning",
  summary: "A new migration whose version sorts before one production has already applied.",
  rationale: "Depending on the framework it is refused (Flyway without outOfOrder, goose without --allow-missing), silently skipped (golang-migrate records only the latest version), or applied in a different order than in fresh environments.",
  safeAlternative: "Rebase it: give it a version after the newest applied migration.",
  needs: "review",
  example: { setup: "", bad: "-- V3 is applied; the change adds V2__add_index.sql", good: "-- the change adds V4__add_index.sql" }
});

// src/rules/history/migration-renamed.ts
var migration_renamed_default = pipelineRule({
  id: "migration-renamed",
  category: "history",
  severity: "error",
  summary: "A migration already on the base branch is renamed or moved within its history.",
  rationale: "What a rename does depends on how the framework knows an applied migration. By name (Prisma's folder, node-pg-migrate, Liquibase's path, sqitch's change): it looks unapplied and runs again, failing or applying twice. By version (golang-migrate, goose, dbmate, pop, Supabase): a new name with the same version is the same migration (reported as info), a new version runs again; Flyway also fails validation on a changed description. The finding's severity and message follow the framework.",
  safeAlternative: "Keep applied migration files where and as they are.",
  needs: "review",
  example: { setup: "", bad: "-- git mv db/migrations/1_init.sql db/migrations/001_init.sql", good: "-- leave db/migrations/1_init.sql as it is" }
});

// src/rules/history/syntax-error.ts
var syntax_error_default = pipelineRule({
  id: "syntax-error",
  category: "history",
  severity: "error",
  summary: "A migration file that does not parse as PostgreSQL SQL.",
  rationale: "Nothing in it can run; the parser is PostgreSQL's own (libpg-query), so PostgreSQL would reject it too.",
  safeAlternative: "Fix the syntax at the line and column given.",
  needs: "sql",
  example: { setup: "", bad: "CREATE TABL accounts (id bigint);", good: "CREATE TABLE accounts (id bigint);" }
});

// src/rules/plans/key-query-blocked.ts
var key_query_blocked_default = pipelineRule({
  id: "key-query-blocked",
  category: "plans",
  severity: "info",
  summary: "A statement takes a lock (measured in the sandbox) that a key query waits for while the statement runs.",
  rationale: "A lock is held to the end of its transaction: every call of the key query queues behind it, and everything queued behind the query waits too, so a short ACCESS EXCLUSIVE on a hot table stalls the application.",
  safeAlternative: "Use the variant that takes a weaker lock (CONCURRENTLY, NOT VALID then VALIDATE), keep the transaction short, and set lock_timeout so the migration gives up instead of queueing the application behind it.",
  needs: "review",
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n-- queries: [{ name: account by email, sql: "SELECT id FROM accounts WHERE email = $1" }]',
    bad: "ALTER TABLE accounts ADD COLUMN plan text DEFAULT 'free';\nCREATE INDEX accounts_plan_idx ON accounts (plan);",
    good: "ALTER TABLE accounts ADD COLUMN plan text DEFAULT 'free';\n-- in a migration without a transaction:\nCREATE INDEX CONCURRENTLY accounts_plan_idx ON accounts (plan);"
  }
});

// src/rules/plans/key-query-fails.ts
var key_query_fails_default = pipelineRule({
  id: "key-query-fails",
  category: "plans",
  severity: "error",
  summary: "A key query (queries: in .github/dba.yml) that planned on the base schema fails on the changed one.",
  rationale: "The application still sends the query the moment the migration commits: a renamed or dropped column or table turns it into an error on every call until the code that matches is deployed.",
  safeAlternative: "Expand and contract: add the new column or table, deploy code that uses it, and drop or rename the old one in a later migration once nothing reads it.",
  needs: "review",
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\n-- queries: [{ name: account by email, sql: "SELECT id FROM accounts WHERE email = $1" }]',
    bad: "ALTER TABLE accounts RENAME COLUMN email TO email_address;",
    good: "ALTER TABLE accounts ADD COLUMN email_address text;\n-- backfill, switch the code over, and drop email in a later release"
  }
});

// src/rules/plans/review-step-failed.ts
var review_step_failed_default = pipelineRule({
  id: "review-step-failed",
  category: "plans",
  severity: "warning",
  summary: "The review cannot read a table the change creates to fill it with rows, because of an object the change creates (a forced row security policy whose function fails).",
  rationale: "The sandbox reads the new table as an application session does: an error there (a row security policy whose function fails in a plain session) is one the application and a maintenance job get too, and without rows the plans and index trials of the review measure an empty table.",
  safeAlternative: "Make the object work in a plain session: a policy or default whose function reads a setting should give it a fallback (current_setting(name, true)), and every name it uses should resolve without the session search_path.",
  needs: "review",
  example: {
    setup: "CREATE TABLE accounts (id bigint PRIMARY KEY, email text);",
    bad: "CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant')::bigint; END $$;\nCREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, tenant bigint);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\nCREATE POLICY notes_tenant ON notes USING (tenant = current_tenant());",
    good: "CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant', true)::bigint; END $$;\nCREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, tenant bigint);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\nCREATE POLICY notes_tenant ON notes USING (tenant = current_tenant());"
  }
});

// src/rules/plans/key-query-regressed.ts
var key_query_regressed_default = pipelineRule({
  id: "key-query-regressed",
  category: "plans",
  severity: "warning",
  summary: "A key query plans worse after the change: an index it used is gone, a table is read by a worse scan, or its estimated cost grew past plans.cost_ratio.",
  rationale: "Plans change silently: a dropped or invalid index, a type change that makes an index unusable, or a new predicate turns an index lookup into a sequential scan, and the query that took a millisecond takes seconds on production data.",
  safeAlternative: "Keep (or recreate) the index the query needs before dropping the old one, and check the plan with /dba explain on the pull request.",
  needs: "review",
  example: {
    setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\nCREATE INDEX accounts_email_idx ON accounts (email);\n-- queries: [{ name: account by email, sql: "SELECT id FROM accounts WHERE email = $1" }]',
    bad: "DROP INDEX accounts_email_idx;",
    good: "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);\nDROP INDEX CONCURRENTLY accounts_email_idx;"
  }
});

// src/rules/index.ts
var RULES = [
  add_column_auto_increment_default,
  add_column_generated_stored_default,
  add_column_volatile_default_default,
  check_constraint_validated_default,
  column_type_change_rewrite_default,
  create_index_non_concurrently_default,
  detach_partition_non_concurrently_default,
  domain_check_constraint_default,
  drop_index_non_concurrently_default,
  exclusion_constraint_existing_table_default,
  foreign_key_validated_default,
  lock_table_statement_default,
  missing_lock_timeout_default,
  missing_statement_timeout_default,
  multiple_alter_table_default,
  primary_key_inline_default,
  primary_key_using_index_nullable_default,
  refresh_matview_non_concurrently_default,
  reindex_non_concurrently_default,
  set_not_null_scan_default,
  statements_after_access_exclusive_default,
  table_rewrite_default,
  type_change_resets_statistics_default,
  unbatched_backfill_default,
  unique_constraint_inline_default,
  vacuum_full_or_cluster_default,
  validate_in_same_transaction_default,
  add_required_column_default,
  analyze_fails_default,
  drop_cascade_default,
  drop_column_default,
  drop_database_default,
  drop_foreign_key_default,
  drop_index_default,
  drop_not_null_default,
  drop_schema_default,
  drop_sequence_default,
  drop_table_default,
  enum_recreated_default,
  extension_upgrade_default,
  rename_column_default,
  rename_enum_value_default,
  rename_schema_default,
  rename_table_default,
  replica_identity_change_default,
  truncate_cascade_default,
  truncate_table_default,
  unique_on_existing_data_default,
  ban_char_type_default,
  ban_money_type_default,
  column_alignment_padding_default,
  duplicate_index_default,
  enum_type_created_default,
  enum_value_without_position_default,
  expiry_column_without_index_default,
  foreign_key_without_index_default,
  foreign_key_without_on_delete_default,
  identifier_too_long_default,
  inconsistent_table_naming_default,
  multiple_permissive_policies_default,
  prefer_bigint_over_int_default,
  prefer_bigint_over_smallint_default,
  prefer_identity_default,
  prefer_jsonb_default,
  prefer_text_over_varchar_default,
  prefer_timestamptz_default,
  reg_type_column_default,
  reserved_word_identifier_default,
  rls_policy_per_row_function_default,
  soft_delete_without_partial_index_default,
  state_without_partial_index_default,
  status_column_nullable_default,
  status_column_without_check_default,
  table_without_primary_key_default,
  uuid_primary_key_without_default_default,
  wide_index_default,
  alter_system_default,
  extension_in_public_default,
  function_search_path_mutable_default,
  grant_to_public_default,
  personal_data_column_default,
  plaintext_secret_column_default,
  policy_always_true_default,
  policy_without_rls_default,
  rls_enabled_without_policy_default,
  role_or_ownership_change_default,
  security_definer_function_executable_default,
  security_definer_view_default,
  security_definer_without_search_path_default,
  server_file_access_default,
  table_without_rls_default,
  untrusted_extension_default,
  do_block_uninspected_default,
  duplicate_column_assignment_default,
  explicit_transaction_in_wrapped_migration_default,
  missing_down_migration_default,
  mixed_data_and_schema_default,
  nested_transaction_default,
  non_idempotent_statement_default,
  session_setting_persists_default,
  sleep_in_migration_default,
  suppression_without_reason_default,
  transaction_incompatible_default,
  uncommitted_transaction_default,
  unknown_rule_in_suppression_default,
  unqualified_object_default,
  down_migration_failed_default,
  down_migration_incomplete_default,
  fails_on_existing_rows_default,
  duplicate_migration_version_default,
  migration_deleted_default,
  migration_edited_default,
  migration_failed_default,
  migration_not_sql_default,
  migration_out_of_order_default,
  migration_renamed_default,
  atlas_sum_mismatch_default,
  syntax_error_default,
  key_query_fails_default,
  review_step_failed_default,
  key_query_regressed_default,
  key_query_blocked_default
];
var RULE_IDS = new Set(RULES.map((r) => r.meta.id));
var RULE_NAMES = { ids: RULE_IDS, categories: CATEGORIES };

// src/rules/run.ts
function location(hit) {
  if ("stmt" in hit.at) {
    const { stmt } = hit.at;
    return { file: stmt.file, line: stmt.start.line, column: stmt.start.column, endLine: stmt.end.line };
  }
  return hit.at;
}
function effectiveSeverity(rule2, config) {
  return configured(rule2, config) ?? (rule2.meta.defaultOff ? "off" : rule2.meta.severity);
}
function configured(rule2, config) {
  return config[rule2.meta.id] ?? config[rule2.meta.category];
}
var IMPACT = { breaks: "error", uncertain: "warning", harmless: "info" };
function judgeDetections(detections, config) {
  const ctx = buildContext({ mode: "review", serverMajor: 0, migrations: [], detections, ruleIds: new Set(RULES.map((r) => r.meta.id)) });
  return runRules(
    ctx,
    RULES.filter((r) => r.detected),
    config
  );
}
function runRules(ctx, rules, config = {}) {
  const findings = [];
  for (const rule2 of rules) {
    const severity = effectiveSeverity(rule2, config);
    if (severity === "off" || ctx.mode === "lint" && rule2.meta.needs === "review") continue;
    for (const hit of rule2.check(ctx)) {
      findings.push({
        ruleId: rule2.meta.id,
        severity: configured(rule2, config) === void 0 && hit.impact ? IMPACT[hit.impact] : severity,
        ...location(hit),
        message: hit.message,
        ...hit.object ? { object: hit.object } : {},
        ...hit.fix ? { fix: hit.fix } : {}
      });
    }
  }
  const suppressions = ctx.migrations.flatMap(findSuppressions);
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const s = suppressions.find((x) => x.file === f.file && x.reason && x.ruleIds.includes(f.ruleId) && f.line >= x.appliesTo.from && f.line <= x.appliesTo.to);
    if (s) suppressed.push({ finding: f, reason: s.reason });
    else kept.push(f);
  }
  return { findings: kept, suppressed };
}

// src/config/resolve.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { createRequire } from "node:module";

// src/discover/types.ts
var FRAMEWORKS = [
  "prisma",
  "flyway",
  "golang-migrate",
  "goose",
  "dbmate",
  "sqitch",
  "supabase",
  "drizzle",
  "node-pg-migrate",
  "liquibase",
  "diesel",
  "sqlx",
  "hasura",
  "graphile-migrate",
  "atlas",
  "pop",
  "plain"
];

// src/config/schema.ts
var DEFAULT_POSTGRES_VERSION = 18;
var MAX_ROWS = 1e7;
var DEFAULT_CONFIG = {
  migrations: { paths: null, exclude: [], framework: null, variables: {} },
  postgres: { version: DEFAULT_POSTGRES_VERSION, preamble: null, extensions: [], image: null },
  data: { rows: 1e4, tables: {} },
  queries: [],
  plans: { cost_ratio: 2 },
  rules: {},
  fail_on: "error",
  ack: { teams: [] }
};
var GLOB = { type: "string", minLength: 1, pattern: "^[^!/]" };
var configInputSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    _extends: {
      type: "string",
      nullable: true,
      description: "Another repository's config to start from: `.github` (this organisation's) or `owner/repo[:path]`."
    },
    migrations: {
      type: "object",
      nullable: true,
      additionalProperties: false,
      description: "Where the migrations are and how they are run.",
      properties: {
        paths: {
          type: "array",
          nullable: true,
          minItems: 1,
          items: GLOB,
          description: "Globs (picomatch) that restrict where migrations are looked for. Default: anywhere."
        },
        exclude: {
          type: "array",
          nullable: true,
          items: GLOB,
          description: "Globs (picomatch) of files that are never migrations, e.g. `db/legacy/**`: they are not replayed, checked or reported."
        },
        framework: { type: "string", nullable: true, enum: [...FRAMEWORKS], description: "Force one layout instead of detecting it." },
        // YAML reads `shards: 16` as a number; a placeholder renders its text either way.
        variables: {
          type: "object",
          nullable: true,
          required: [],
          additionalProperties: { type: ["string", "number", "boolean"] },
          description: "Values of the placeholders of templated SQL, by name."
        }
      }
    },
    postgres: {
      type: "object",
      nullable: true,
      additionalProperties: false,
      description: "The sandbox PostgreSQL: match production.",
      properties: {
        version: { type: "integer", nullable: true, minimum: 10, maximum: 99, description: "PostgreSQL major the review runs on (default 18)." },
        preamble: {
          type: "string",
          nullable: true,
          minLength: 1,
          description: "Repository path of SQL run as the superuser before the base history (read from the default branch only)."
        },
        // Names as pg_available_extensions lists them; no quoting games.
        extensions: {
          type: "array",
          nullable: true,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z0-9_-]{1,63}$" },
          description: "Extensions the platform provides, created as the superuser before the preamble (read from the default branch only)."
        },
        // A Docker image reference: [registry/]name[:tag][@digest].
        image: {
          type: "string",
          nullable: true,
          pattern: "^[a-z0-9][a-z0-9._/:@-]{0,254}$",
          description: "Image the docker sandbox runs instead of postgres:<version>."
        }
      }
    },
    data: {
      type: "object",
      nullable: true,
      additionalProperties: false,
      description: "Rows generated in the tables a review or a plan needs.",
      properties: {
        rows: { type: "integer", nullable: true, minimum: 0, maximum: MAX_ROWS, description: "Rows per table (default 10000; 0: none)." },
        tables: {
          type: "object",
          nullable: true,
          required: [],
          additionalProperties: { type: "integer", minimum: 0, maximum: MAX_ROWS },
          description: "Rows per table by name (`schema.table`, or `table` for public), overriding `rows`."
        }
      }
    },
    queries: {
      type: "array",
      nullable: true,
      description: "Key queries EXPLAINed before and after every change: `{ name, sql }` or `{ files: glob }`.",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: { type: "string", nullable: true, minLength: 1 },
          sql: { type: "string", nullable: true, minLength: 1 },
          files: { type: "string", nullable: true, minLength: 1 }
        }
      }
    },
    plans: {
      type: "object",
      nullable: true,
      additionalProperties: false,
      properties: {
        cost_ratio: {
          type: "number",
          nullable: true,
          exclusiveMinimum: 1,
          description: "Flag a key query whose estimated cost grows by more than this factor (default 2)."
        }
      }
    },
    rules: {
      type: "object",
      nullable: true,
      required: [],
      additionalProperties: { type: "string", enum: ["error", "warning", "info", "off"] },
      description: "A severity or off, by rule id or category (docs/rules/README.md)."
    },
    fail_on: {
      type: "string",
      nullable: true,
      enum: ["error", "warning", "never"],
      description: "Lowest finding severity that fails the check (default error)."
    },
    ack: {
      type: "object",
      nullable: true,
      additionalProperties: false,
      description: "Who may accept findings with /dba ack.",
      properties: {
        // Slugs as in the team's address (github.com/orgs/<org>/teams/<slug>).
        teams: {
          type: "array",
          nullable: true,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,100}$" },
          description: "Teams (slugs) whose members may /dba ack, besides people with write access."
        }
      }
    }
  }
};

// src/config/resolve.ts
var CONFIG_PATH = ".github/dba.yml";
var failed = (issues) => ({ ok: false, errors: issues.map((i) => i.message), issues });
var require2 = createRequire(import.meta.url);
var validator;
function validateInput(raw) {
  validator ??= new (require2("ajv")).Ajv({ allErrors: true, allowUnionTypes: true }).compile(configInputSchema);
  return validator(raw);
}
function resolveConfig(raw, known) {
  if (raw === null || raw === void 0) return { ok: true, config: structuredClone(DEFAULT_CONFIG) };
  const valid = validateInput(raw);
  const issues = valid ? [] : (validator?.errors ?? []).map((e) => schemaIssue(e, raw));
  const { rules, migrations } = raw;
  if (isRecord(rules)) issues.push(...unknownRules(Object.keys(rules), known));
  for (const field of ["paths", "exclude"]) {
    const globs = isRecord(migrations) ? migrations[field] : void 0;
    if (!Array.isArray(globs)) continue;
    globs.forEach((glob, i) => {
      if (typeof glob === "string" && glob && matchesNothing(glob)) issues.push(unreadableGlob(["migrations", field, i], glob));
    });
  }
  if (!valid || issues.length) return failed(issues);
  const input = raw;
  const queries = resolveQueries(input.queries ?? []);
  if (!queries.ok) return failed(queries.issues);
  return {
    ok: true,
    config: {
      migrations: {
        paths: input.migrations?.paths ?? DEFAULT_CONFIG.migrations.paths,
        exclude: input.migrations?.exclude ?? DEFAULT_CONFIG.migrations.exclude,
        framework: input.migrations?.framework ?? DEFAULT_CONFIG.migrations.framework,
        variables: Object.fromEntries(Object.entries(input.migrations?.variables ?? {}).map(([name, value]) => [name, String(value)]))
      },
      postgres: {
        version: input.postgres?.version ?? DEFAULT_CONFIG.postgres.version,
        preamble: input.postgres?.preamble ?? DEFAULT_CONFIG.postgres.preamble,
        extensions: input.postgres?.extensions ?? DEFAULT_CONFIG.postgres.extensions,
        image: input.postgres?.image ?? DEFAULT_CONFIG.postgres.image
      },
      data: { rows: input.data?.rows ?? DEFAULT_CONFIG.data.rows, tables: input.data?.tables ?? {} },
      queries: queries.queries,
      plans: { cost_ratio: input.plans?.cost_ratio ?? DEFAULT_CONFIG.plans.cost_ratio },
      rules: input.rules ?? {},
      fail_on: input.fail_on ?? DEFAULT_CONFIG.fail_on,
      ack: { teams: input.ack?.teams ?? [] }
    }
  };
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function unknownRules(names2, known) {
  return names2.filter((k) => !known.ids.has(k) && !known.categories.includes(k)).map((k) => ({
    path: ["rules"],
    key: k,
    message: `rules: "${k}" is neither a rule id nor a category (${known.categories.join(", ")}); see docs/rules/README.md`
  }));
}
var GLOB_PATH = /^\/migrations\/(paths|exclude)\/\d+$/;
function schemaIssue(e, raw) {
  const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where2 = path.length ? path.join(".") : "(top level)";
  if (e.keyword === "additionalProperties") {
    const key = String(e.params.additionalProperty);
    return { path, key, message: `${where2}: unknown key "${key}"` };
  }
  if (e.keyword === "enum") return { path, message: `${where2}: ${e.message} (${e.params.allowedValues.join(", ")})` };
  if (e.keyword === "pattern" && GLOB_PATH.test(e.instancePath)) {
    const glob = path.reduce((node, key) => node[key], raw);
    return {
      path,
      message: `${where2}: "${String(glob)}" must be a glob from the repository root, with no leading "/" or "!" (to leave files out, list them in migrations.exclude)`
    };
  }
  return { path, message: `${where2}: ${e.message ?? "is invalid"}` };
}
function matchesNothing(glob) {
  try {
    return import_picomatch.default.makeRe(glob, { dot: true }).source === "$^";
  } catch {
    return true;
  }
}
function unreadableGlob(path, glob) {
  return {
    path,
    message: `${path.join(".")}: "${glob}" is not a glob picomatch can read (an unclosed brace or bracket, or a reversed range?), so it would match nothing`
  };
}
function resolveQueries(input) {
  const issues = [];
  const queries = [];
  const names2 = /* @__PURE__ */ new Set();
  input.forEach((q, i) => {
    const path = ["queries", i];
    if (q.files !== void 0 && q.sql === void 0 && q.name === void 0) queries.push({ files: q.files });
    else if (q.sql !== void 0 && q.name !== void 0 && q.files === void 0) {
      if (names2.has(q.name)) issues.push({ path: [...path, "name"], message: `queries.${i}: the name "${q.name}" is used twice` });
      names2.add(q.name);
      queries.push({ name: q.name, sql: q.sql });
    } else issues.push({ path, message: `queries.${i}: give either name and sql (an inline query) or files (a glob of .sql files)` });
  });
  return issues.length ? { ok: false, issues } : { ok: true, queries };
}
function resolveConfigText(text, known) {
  if (text === void 0) return resolveConfig(void 0, known);
  try {
    return resolveConfig(require2("yaml").parse(text) ?? void 0, known);
  } catch (err) {
    return { ok: false, errors: [`${CONFIG_PATH} is not valid YAML: ${err.message}`] };
  }
}

// src/render/text.ts
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}
function code(text) {
  const flat = text.replace(/\r\n?|\n/g, " ");
  const fence = "`".repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function fenced(lang, text) {
  const fence = "`".repeat(Math.max(2, longestBacktickRun(text)) + 1);
  return `${fence}${lang}
${text}
${fence}`;
}
function cell(text) {
  return text.replace(/[\\`<]/g, "\\$&").replace(/\r\n?|\n/g, " ");
}
function row(cells) {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|").replace(/\r\n?|\n/g, " ")).join(" | ")} |`;
}
function plural2(n, word, many = `${word}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
}
function ms(value) {
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString("en-US")} ms`;
}
function unqualified(name) {
  return name.replace(/^public\./, "");
}
function repositoryUrl(review) {
  const { serverUrl = "https://github.com", repository } = review.subject;
  return repository ? `${serverUrl}/${repository}` : void 0;
}
function fileLink(review, file, line) {
  const label2 = code(line ? `${file}:${line}` : file);
  const repo = repositoryUrl(review);
  if (!repo) return label2;
  const path = file.split("/").map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `[${label2}](${repo}/blob/${review.subject.headSha}/${path}${line ? `#L${line}` : ""})`;
}
var SEVERITY_ORDER = ["error", "warning", "info"];

// src/render/verdict.ts
function counts(findings) {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length
  };
}
function conclusionOf(review, failOn = review.config?.fail_on ?? "error") {
  if (review.outcome === "could-not-run") return "failure";
  const c = counts(review.findings);
  const failing = failOn === "error" ? c.error : failOn === "warning" ? c.error + c.warning : 0;
  if (failing > 0) return "failure";
  return c.error + c.warning > 0 ? "neutral" : "success";
}
function verdictTitle(review) {
  const c = counts(review.findings);
  const migrations = plural2(review.files.length, "migration");
  switch (review.outcome) {
    case "no-migrations":
      return "No migration changes";
    case "could-not-run":
      return "Could not review the migrations";
    case "migration-failed": {
      const failed2 = review.files.find((f) => f.status === "failed");
      return `Migration failed to apply: ${failed2?.path ?? "unknown file"}`;
    }
    case "reviewed": {
      const parts = [c.error && plural2(c.error, "error"), c.warning && plural2(c.warning, "warning"), c.info && plural2(c.info, "note")].filter(Boolean);
      const acknowledged = review.acknowledged?.length ?? 0;
      if (parts.length) return `${parts.join(", ")} in ${migrations}${acknowledged ? `, ${acknowledged} acknowledged` : ""}`;
      return `All clear: ${migrations} applied, ${acknowledged ? `${plural2(acknowledged, "finding")} acknowledged` : "no findings"}`;
    }
  }
}

// src/config/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function locateIssues(text, issues) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  if (doc.errors.length) {
    return doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? 1, message: `${CONFIG_PATH} is not valid YAML: ${e.message.split("\n")[0]}` }));
  }
  return issues.map((issue) => {
    const offset = offsetOf(doc.contents, issue.key === void 0 ? issue.path : [...issue.path, issue.key], issue.key !== void 0);
    return { line: offset === void 0 ? 1 : lineCounter.linePos(offset).line, message: issue.message };
  });
}
function offsetOf(root, path, atKey) {
  let node = root;
  let key;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment));
      if (!pair) return void 0;
      key = pair.key;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      key = void 0;
      node = node.items[Number(segment)];
    } else return void 0;
  }
  const at = atKey || !(0, import_yaml.isNode)(node) ? key : node;
  return (0, import_yaml.isNode)(at) ? at.range?.[0] : void 0;
}

// src/render/budget.ts
var FULL = { sqlLines: 200, rows: 500, rawTrace: true, erDiagram: true };
function capped(lines2, max, where2 = "the check run lists them all") {
  return lines2.length > max ? [...lines2.slice(0, max), `\u2026 and ${lines2.length - max} more (${where2})`] : lines2;
}
function bullets(lines2, empty, max = FULL.rows) {
  return lines2.length ? capped(lines2, max).map((l) => `- ${l}`).join("\n") : `- ${empty}`;
}
function firstLine(sql, max = 90) {
  const line = sql.split("\n")[0];
  return line.length > max || sql.includes("\n") ? `${line.slice(0, max).trimEnd()} \u2026` : line;
}
function names(items, max) {
  return items.length > max ? `${items.slice(0, max).join(", ")} and ${items.length - max} more` : items.join(", ");
}

// src/render/acknowledged.ts
function acknowledgedBy(a) {
  return `Acknowledged by @${a.by}: ${a.reason}`;
}
function acknowledgedList(review, budget) {
  const acknowledged = review.acknowledged ?? [];
  if (!acknowledged.length) return "";
  const byRule = /* @__PURE__ */ new Map();
  for (const a of acknowledged) byRule.set(a.finding.ruleId, [...byRule.get(a.finding.ruleId) ?? [], a]);
  const lines2 = [...byRule].map(([rule2, all]) => {
    const places = capped(
      all.map((a) => fileLink(review, a.finding.file, a.finding.line)),
      3,
      "in the check run"
    );
    return `- ${code(rule2)} at ${places.join(", ")}: ${cell(acknowledgedBy(all[0]))}`;
  });
  return [`**Acknowledged** (not counted in the verdict):`, ...capped(lines2, budget.rows)].join("\n");
}

// src/render/checkRun.ts
var CHECK_TEXT_LIMIT = 65535;
var ANNOTATIONS_PER_CALL = 50;
var LEVEL = { error: "failure", warning: "warning", info: "notice" };
function truncate(text, limit, tail) {
  return text.length <= limit ? text : text.slice(0, limit - tail.length) + tail;
}
function annotationsOf(review) {
  const annotation = (f, level, title, message) => ({
    path: f.file,
    start_line: f.line,
    end_line: Math.max(f.line, f.endLine ?? f.line),
    annotation_level: level,
    title,
    message
  });
  return [
    ...review.findings.filter((f) => !f.detached).map((f) => annotation(f, LEVEL[f.severity], f.ruleId, f.message)),
    // Accepted: still shown where they are, as notices that do not fail the check.
    ...(review.acknowledged ?? []).filter((a) => !a.finding.detached).map((a) => annotation(a.finding, "notice", `${a.finding.ruleId} (acknowledged)`, `${acknowledgedBy(a)}

${a.finding.message}`))
  ];
}
function renderCheckRun(review, summary) {
  return {
    conclusion: conclusionOf(review),
    title: verdictTitle(review),
    summary: truncate(summary, CHECK_TEXT_LIMIT, "\n\n\u2026 (cut at GitHub's size limit for a check run summary)"),
    annotations: annotationsOf(review)
  };
}
function configAnnotations(path, text, issues) {
  return locateIssues(text, issues).map((l) => ({
    path,
    start_line: l.line,
    end_line: l.line,
    annotation_level: "failure",
    title: `Invalid ${path}`,
    message: l.message
  }));
}

// src/review/facts.ts
var LITERAL = /'(?:[^']|'')*'/g;
function checkValues(table, column) {
  for (const c of table.constraints) {
    if (c.type !== "check" || !c.columns.includes(column)) continue;
    const values = [...c.definition.matchAll(LITERAL)].filter((m) => c.definition.startsWith("::", m.index + m[0].length)).map((m) => m[0].slice(1, -1).replace(/''/g, "'"));
    if (values.length) return values;
  }
  return [];
}
function changeFacts(review) {
  const facts = {
    newTables: [],
    changedTables: [],
    droppedTables: [],
    droppedColumns: [],
    addedIndexes: [],
    droppedIndexes: [],
    unindexedForeignKeys: [],
    tablesWithoutPrimaryKey: [],
    unloggedTables: [],
    privilegeChanges: [],
    statusColumns: [],
    retentionColumns: [],
    timeColumns: [],
    personalDataColumns: []
  };
  const catalog = review.catalog;
  if (!catalog) return facts;
  const { before, after, changes } = catalog;
  const touched = new Set(changes.map((c) => c.table ?? c.name));
  for (const change of changes) {
    if (change.objectType === "table" && change.action === "removed") facts.droppedTables.push(change.name);
    if (change.objectType === "column" && change.action === "removed" && change.table && after.tables[change.table]) facts.droppedColumns.push(change.name);
    if (change.objectType === "index" && change.action === "removed" && change.table && after.tables[change.table]) facts.droppedIndexes.push(change);
    if (change.objectType === "table" && change.details.some((d) => d.startsWith("privileges:"))) facts.privilegeChanges.push(change);
    if (change.objectType === "index" && change.action === "added" && change.table) {
      const table = after.tables[change.table];
      const index = table?.indexes.find((i) => `${change.table} index ${i.name}` === change.name);
      if (index) facts.addedIndexes.push({ table: change.table, index });
    }
  }
  for (const table of Object.values(after.tables)) {
    if (!touched.has(table.qualifiedName)) continue;
    const existingTable = before.tables[table.qualifiedName] !== void 0;
    (existingTable ? facts.changedTables : facts.newTables).push(table);
    if (table.persistence === "unlogged") facts.unloggedTables.push(table.qualifiedName);
    if (!existingTable && !table.constraints.some((c) => c.type === "primary key")) facts.tablesWithoutPrimaryKey.push(table.qualifiedName);
    for (const constraint of table.constraints) {
      if (constraint.type !== "foreign key") continue;
      if (!table.indexes.some((i) => indexLeadsWith(i, constraint.columns))) facts.unindexedForeignKeys.push({ table, constraint, existingTable });
    }
    const oldColumns = new Set(before.tables[table.qualifiedName]?.columns.map((c) => c.name) ?? []);
    for (const column of table.columns) {
      if (oldColumns.has(column.name)) continue;
      const ref = { table: table.qualifiedName, column: column.name };
      if (STATUS_NAME.test(column.name)) facts.statusColumns.push({ ...ref, values: checkValues(table, column.name) });
      if (RETENTION_NAME.test(column.name)) facts.retentionColumns.push(ref);
      if (TIME_NAME.test(column.name) && /^(timestamp|date)/.test(column.type)) facts.timeColumns.push({ ...ref, type: column.type });
      if (PERSONAL_NAME.test(column.name)) facts.personalDataColumns.push(ref);
    }
  }
  return facts;
}

// src/review/measured.ts
function tableOfIndex(review, index) {
  const [schema, name] = index.split(".");
  for (const t of Object.values(review.catalog?.before.tables ?? {})) {
    if (t.schema === schema && t.indexes.some((i) => i.name === name)) return t.qualifiedName;
  }
  return void 0;
}
function statementImpacts(review) {
  let impacts = computed.get(review);
  if (!impacts) computed.set(review, impacts = computeImpacts(review));
  return impacts;
}
var computed = /* @__PURE__ */ new WeakMap();
function computeImpacts(review) {
  const existing = new Set(Object.keys(review.catalog?.before.tables ?? {}));
  const out = [];
  for (const file of review.files) {
    for (const statement of file.statements) {
      if (statement.status === "not-run") continue;
      const tables = /* @__PURE__ */ new Map();
      const impact = (table) => {
        let t = tables.get(table);
        if (!t) {
          t = { table, mode: null, heldMs: null, rows: review.rows[table] ?? null, rewritten: false, indexesRewritten: [], rowsScanned: null };
          tables.set(table, t);
        }
        return t;
      };
      for (const lock of statement.locks ?? []) {
        if (lock.kind !== "table" || !existing.has(lock.relation)) continue;
        const t = impact(lock.relation);
        if (!t.mode || strength(lock.mode) > strength(t.mode)) t.mode = lock.mode;
      }
      for (const t of tables.values()) {
        const held = file.heldAtCommit.find((h) => h.relation === t.table && h.since === statement.index && h.mode === t.mode);
        t.heldMs = held ? held.heldMs : statement.durationMs;
      }
      for (const rel of statement.rewrites ?? []) {
        if (existing.has(rel)) impact(rel).rewritten = true;
        else {
          const table = tableOfIndex(review, rel);
          if (table) impact(table).indexesRewritten.push(rel);
        }
      }
      for (const scan of statement.scans ?? []) if (existing.has(scan.relation)) impact(scan.relation).rowsScanned = scan.rowsRead;
      const locksUnseen = statement.locks === void 0 && statement.status === "applied";
      if (tables.size || locksUnseen) out.push({ file, statement, tables: [...tables.values()], locksUnseen });
    }
  }
  return out;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// src/explain/advice.ts
var import_libpg_query5 = __toESM(require_wasm(), 1);

// node_modules/pg/esm/index.mjs
var import_lib = __toESM(require_lib2(), 1);
var Client = import_lib.default.Client;
var Pool = import_lib.default.Pool;
var Connection = import_lib.default.Connection;
var types = import_lib.default.types;
var Query = import_lib.default.Query;
var DatabaseError = import_lib.default.DatabaseError;
var escapeIdentifier = import_lib.default.escapeIdentifier;
var escapeLiteral = import_lib.default.escapeLiteral;
var Result = import_lib.default.Result;
var TypeOverrides = import_lib.default.TypeOverrides;
var defaults = import_lib.default.defaults;
var esm_default = import_lib.default;

// src/explain/run.ts
var import_libpg_query4 = __toESM(require_wasm(), 1);

// src/explain/plan.ts
var costText = (n) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
var SCAN_RANK = {
  "Tid Scan": 0,
  "Tid Range Scan": 0,
  "Index Only Scan": 1,
  "Index Scan": 2,
  "Bitmap Heap Scan": 3,
  "Seq Scan": 4
};
var SCAN_TYPES = /* @__PURE__ */ new Set([...Object.keys(SCAN_RANK), "Sample Scan"]);
function summarizePlan(json) {
  const root = json[0]?.Plan;
  if (!root) throw new Error("EXPLAIN returned no plan");
  const summary = {
    totalCost: root["Total Cost"],
    startupCost: root["Startup Cost"],
    rows: root["Plan Rows"],
    scans: [],
    sorts: 0,
    hashes: 0,
    nestedLoops: [],
    indexes: []
  };
  const indexesUnder = (node) => [...node["Index Name"] ? [node["Index Name"]] : [], ...(node.Plans ?? []).flatMap(indexesUnder)];
  const walk = (node) => {
    const type = node["Node Type"];
    if (node["Index Name"] && !summary.indexes.includes(node["Index Name"])) summary.indexes.push(node["Index Name"]);
    if (SCAN_TYPES.has(type) && node["Relation Name"]) {
      summary.scans.push({
        type,
        relation: `${node.Schema ?? "public"}.${node["Relation Name"]}`,
        indexes: indexesUnder(node),
        filter: node.Filter ?? null,
        indexCond: node["Index Cond"] ?? node["Recheck Cond"] ?? null,
        rows: node["Plan Rows"],
        cost: node["Total Cost"]
      });
    }
    if (type === "Sort" || type === "Incremental Sort") summary.sorts++;
    if (type === "Hash" || type === "HashAggregate") summary.hashes++;
    if (type === "Nested Loop") summary.nestedLoops.push({ outerRows: node.Plans?.[0]?.["Plan Rows"] ?? 0 });
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root);
  return summary;
}
function runtimeFindings(analyzeText) {
  const out = [];
  for (const line of analyzeText.split("\n")) {
    const sortDisk = /Sort Method: external \w+\s+Disk: (\d+)kB/.exec(line);
    if (sortDisk)
      out.push(`A sort spilled ${Number(sortDisk[1]).toLocaleString("en-US")} kB to disk: work_mem is too small for it, or an index could deliver the order.`);
    const batches = /Batches: (\d+)/.exec(line);
    if (batches && Number(batches[1]) > 1) out.push(`A hash ran in ${batches[1]} batches (it did not fit in work_mem and spilled to disk).`);
    const removed = /Rows Removed by Filter: (\d+)/.exec(line);
    if (removed && Number(removed[1]) >= 1e4)
      out.push(`A filter read and threw away ${Number(removed[1]).toLocaleString("en-US")} rows: an index on the filtered columns could take the filter.`);
  }
  return [...new Set(out)];
}

// src/explain/run.ts
var EXPLAINABLE = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
async function checkQuery(text) {
  const sql = text.trim().replace(/;\s*$/, "");
  if (!sql) return { ok: false, error: "There is no query to explain." };
  let stmts;
  try {
    stmts = (await (0, import_libpg_query4.parse)(sql)).stmts ?? [];
  } catch (err) {
    return { ok: false, error: `The query does not parse: ${err.message}` };
  }
  if (stmts.length !== 1) return { ok: false, error: `Give exactly one query; this text holds ${stmts.length} statements.` };
  const node = stmts[0]?.stmt;
  const kind = Object.keys(node)[0] ?? "";
  if (kind === "ExplainStmt") return { ok: false, error: "Write the query without EXPLAIN: the bot adds it (and ANALYZE when asked with `explain analyze`)." };
  if (!EXPLAINABLE.has(kind)) return { ok: false, error: `Only SELECT, INSERT, UPDATE, DELETE and MERGE can be explained, not ${kind.replace(/Stmt$/, "")}.` };
  const body = node[kind];
  const access = kind !== "SelectStmt" ? "write" : Array.isArray(body.lockingClause) && body.lockingClause.length ? "lock" : "read";
  return { ok: true, query: { sql, hasParameters: JSON.stringify(node).includes('"ParamRef"'), access } };
}
function failure(err) {
  const e = err;
  const timedOut = e.code === "57014";
  return {
    ok: false,
    error: timedOut ? `The query was cut off by statement_timeout (${e.message ?? "canceling statement"}).` : e.message ?? String(err),
    ...e.code ? { code: e.code } : {},
    timedOut
  };
}
async function explainQuery(client, query, options) {
  const generic = query.hasParameters;
  if (generic && options.major < 16) {
    return {
      ok: false,
      error: `The query has $n parameters: planning it without values needs EXPLAIN (GENERIC_PLAN), which PostgreSQL ${options.major} lacks (16+). Put example values in their place.`,
      timedOut: false
    };
  }
  if (generic && options.analyze) {
    return {
      ok: false,
      error: "EXPLAIN ANALYZE runs the query, so it needs values for its $n parameters: put example values in their place.",
      timedOut: false
    };
  }
  const flags = generic ? "GENERIC_PLAN, " : "";
  try {
    const json = await client.query(`EXPLAIN (${flags}VERBOSE, FORMAT JSON) ${query.sql}`);
    const summary = summarizePlan(json.rows[0]?.["QUERY PLAN"]);
    let text;
    if (options.analyze) {
      await client.query("BEGIN");
      try {
        text = planText(await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`));
      } finally {
        await client.query("ROLLBACK");
      }
    } else {
      text = planText(await client.query(`EXPLAIN ${generic ? "(GENERIC_PLAN) " : ""}${query.sql}`));
    }
    return { ok: true, text, summary, generic, analyzed: options.analyze, runtime: options.analyze ? runtimeFindings(text) : [] };
  } catch (err) {
    return failure(err);
  }
}
function planText(result) {
  return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
}

// src/explain/advice.ts
var LARGE_TABLE_ROWS = 1e3;
var SELECTIVE = 0.1;
function indexable(scan, rows) {
  const n = rows[scan.relation] ?? 0;
  return scan.type === "Seq Scan" && scan.filter !== null && n >= LARGE_TABLE_ROWS && scan.rows <= n * SELECTIVE;
}
async function filterColumns(filter, columns) {
  let tree;
  try {
    tree = await (0, import_libpg_query5.parse)(`SELECT WHERE ${filter}`);
  } catch {
    return [];
  }
  const equal = [];
  const range = [];
  const columnOf = (node) => {
    const cast = node?.TypeCast;
    if (cast) return columnOf(cast.arg);
    const fields = node?.ColumnRef?.fields;
    const name = fields?.[fields.length - 1]?.String?.sval;
    return name && columns.includes(name) ? name : null;
  };
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const expr = node.A_Expr;
    if (expr) {
      const op = expr.name?.[0]?.String?.sval;
      const column = columnOf(expr.lexpr) ?? columnOf(expr.rexpr);
      const both = columnOf(expr.lexpr) && columnOf(expr.rexpr);
      if (column && !both) {
        if (expr.kind === "AEXPR_IN" || expr.kind === "AEXPR_OP" && op === "=" || expr.kind === "AEXPR_OP_ANY") equal.push(column);
        else if (expr.kind === "AEXPR_OP" && ["<", "<=", ">", ">="].includes(op ?? "")) range.push(column);
        else if (expr.kind === "AEXPR_BETWEEN") range.push(column);
      }
      return;
    }
    const bool = node.BoolExpr;
    if (bool) return bool.boolop === "AND_EXPR" ? visit(bool.args) : void 0;
    for (const value of Object.values(node)) visit(value);
  };
  visit(tree.stmts?.[0]?.stmt?.SelectStmt?.whereClause);
  const unique = [...new Set(equal)].slice(0, 3);
  const firstRange = range.find((c) => !unique.includes(c));
  return firstRange ? [...unique, firstRange] : unique;
}
var TRIAL_INDEX = "dba_review_trial_idx";
var qualify = (relation) => relation.split(".").map(esm_default.escapeIdentifier).join(".");
async function tryIndex(client, query, scan, columns, options) {
  const columnList = columns.map(esm_default.escapeIdentifier).join(", ");
  const trial = {
    relation: scan.relation,
    columns,
    definition: `CREATE INDEX ${options.concurrently ? "CONCURRENTLY " : ""}ON ${scan.relation} (${columns.join(", ")});`,
    query: query.sql,
    rows: options.rows,
    without: { scan: scan.type, cost: options.before.totalCost }
  };
  await client.query("BEGIN");
  try {
    await client.query(`CREATE INDEX ${TRIAL_INDEX} ON ${qualify(scan.relation)} (${columnList})`);
    const plan = await explainQuery(client, query, { analyze: false, major: options.major });
    if (!plan.ok) return { ...trial, with: { error: plan.error } };
    const after = plan.summary.scans.find((s) => s.relation === scan.relation);
    return { ...trial, with: { scan: after?.type ?? "none", index: after?.indexes[0] ?? null, cost: plan.summary.totalCost, text: plan.text } };
  } catch (err) {
    return { ...trial, with: { error: err.message } };
  } finally {
    await client.query("ROLLBACK");
  }
}
async function tableColumns(client, relation) {
  const { rows } = await client.query(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped`,
    [qualify(relation)]
  );
  return rows.map((r) => r.name);
}
async function indexTrials(client, query, summary, rows, options) {
  const trials = [];
  for (const scan of summary.scans) {
    if (!indexable(scan, rows) || !scan.filter) continue;
    const columns = await filterColumns(scan.filter, await tableColumns(client, scan.relation));
    if (!columns.length) continue;
    trials.push(
      await tryIndex(client, query, scan, columns, {
        major: options.major,
        rows: rows[scan.relation] ?? 0,
        concurrently: options.existing(scan.relation),
        before: summary
      })
    );
  }
  return trials;
}

// src/render/plans.ts
function costChange(before, after) {
  if (after <= 0 || before <= 0) return "";
  return after < before ? ` (${(before / after).toFixed(before / after >= 10 ? 0 : 1)}x cheaper)` : ` (${(after / before).toFixed(1)}x dearer)`;
}
function trialLine(trial) {
  const tried = `${code(trial.definition)} with ${plural2(trial.rows, "row")} in ${trial.relation}`;
  if ("error" in trial.with) return `- ${tried}: the index could not be tried (${trial.with.error}).`;
  if (trial.with.index !== TRIAL_INDEX)
    return `- ${tried}: the planner would not use it (${trial.with.scan}, estimated cost ${costText(trial.with.cost)}): the filter keeps too many rows for an index to pay off.`;
  const scan = `${trial.with.scan} using the new index`;
  return `- ${tried}: ${trial.without.scan}, estimated cost ${costText(trial.without.cost)} \u2192 ${scan}, estimated cost ${costText(trial.with.cost)}${costChange(trial.without.cost, trial.with.cost)}.`;
}
function evidenceFor(review, table, columns) {
  const trial = review.plans?.evidence.find((t) => t.relation === table && t.columns.join() === columns.join());
  return trial ? ` Tried in the sandbox for the lookup a DELETE on the parent runs (${code(trial.query)}): ${trialLine(trial).replace(/^- /, "")}` : "";
}
function planCell(plan) {
  if (!plan) return "not planned";
  if (!plan.ok) return `fails: ${cell(plan.error)}`;
  const scans = [...new Set(plan.summary.scans.map((s) => `${s.type} on ${unqualified(s.relation)}`))].join(", ") || "no table scan";
  return `${cell(scans)}; cost ${costText(plan.summary.totalCost)}`;
}
function keyQueries(review, maxRows) {
  const comparisons = review.plans?.comparisons ?? [];
  if (!comparisons.length) return "";
  const rows = Object.entries(review.plans?.rows ?? {}).map(([t, n]) => `${code(unqualified(t))} ${plural2(n, "row")}`);
  const out = [
    `**Key queries** (\`queries:\` in .github/dba.yml), planned before and after the change${rows.length ? ` with ${rows.join(", ")}` : ""}:`,
    "",
    "| Query | Before | After | What changed |",
    "| --- | --- | --- | --- |"
  ];
  for (const c of comparisons.slice(0, maxRows)) {
    const changed = [
      ...c.changes.map((x) => `${x.regression ? "\u26A0\uFE0F " : ""}${x.message}`),
      ...c.blockedBy.map((w) => `waits while ${w.file}:${w.line} holds ${w.mode.replace(/Lock$/, "")} on ${unqualified(w.relation)}`)
    ];
    out.push(row([code(c.name), planCell(c.before), planCell(c.after), cell(changed.join("; ")) || "no change that matters"]));
  }
  const diffs = comparisons.filter((c) => c.before.ok && c.after?.ok && c.before.text !== c.after.text);
  if (diffs.length) {
    out.push("", "<details><summary>Plans that changed</summary>", "");
    for (const c of diffs.slice(0, maxRows)) {
      const [b, a] = [c.before, c.after];
      out.push(`${code(c.name)}`, "", fenced("diff", planDiff(b.text, a.text)), "");
    }
    out.push("</details>");
  }
  return out.join("\n");
}
function planDiff(before, after) {
  return diffLines(`${before}
`, `${after}
`).flatMap(
    (part) => part.value.replace(/\n$/, "").split("\n").map((line) => `${part.added ? "+" : part.removed ? "-" : " "} ${line}`)
  ).join("\n");
}

// src/render/performance.ts
function strongestTableLock(review, s) {
  const existing = new Set(Object.keys(review.catalog?.before.tables ?? {}));
  const locks = (s.locks ?? []).filter((l) => l.kind === "table" && existing.has(l.relation));
  if (!s.locks) return s.status === "applied" && s.observedFrom === void 0 && s.kind !== "TransactionStmt" ? "not seen" : "";
  const top = locks.reduce((best, l) => !best || strength(l.mode) > strength(best.mode) ? l : best, void 0);
  return top ? `${top.mode} on ${code(unqualified(top.relation))}` : "";
}
function baseSetup(base) {
  const { cache } = base;
  const replayed = `replaying the base branch's ${plural2(base.paths.length, "migration")} (${plural2(base.statements, "statement")}) in ${ms(base.durationMs)}`;
  if (cache.unavailable) return `${replayed} (the base snapshot cache could not be used: ${cache.unavailable})`;
  if (cache.status === "off" || !base.paths.length) return replayed;
  if (cache.status === "miss") return `${replayed}, with no cached snapshot of it yet`;
  const saved = cache.replayMs - cache.restoreMs > 0 ? `; the snapshot saved ${ms(cache.replayMs - cache.restoreMs)} of replay${cache.rowsRestored ? " and row generation" : ""}` : "";
  const rows = cache.rowsRestored ? " and of the rows generated for the tables the change touches" : "";
  const rest = cache.units - cache.restored;
  const what = cache.status === "hit" ? `the base branch's ${plural2(base.paths.length, "migration")} (${plural2(base.statements, "statement")})${rows}` : `the base branch's first ${plural2(base.paths.length - rest, "migration")} and replaying the other ${rest} (${plural2(base.statements, "statement")} in all)`;
  const ahead = cache.ahead ? " (a copy started ahead, when the previous review of this base ended)" : "";
  return `restoring a cached snapshot of ${what} in ${ms(base.durationMs)}${ahead}${saved}`;
}
function describeImpact(t, quote) {
  const parts = [];
  const rows = t.rows === null ? "" : t.rows === 0 ? " on an empty table" : ` on ${plural2(t.rows, "row")}`;
  const doing = [];
  if (t.rewritten)
    doing.push(`rewriting it${t.indexesRewritten.length ? ` and its ${t.indexesRewritten.length} index${t.indexesRewritten.length === 1 ? "" : "es"}` : ""}`);
  else if (t.indexesRewritten.length) doing.push(`rebuilding ${t.indexesRewritten.map(quote).join(", ")}`);
  if (t.rowsScanned !== null) doing.push(`scanning it (${plural2(t.rowsScanned, "row")} read)`);
  if (t.mode)
    parts.push(
      `holds ${t.mode} on ${quote(t.table)}${t.heldMs !== null ? ` for ${ms(t.heldMs)}` : ""}${rows}${doing.length ? ` while ${doing.join(" and ")}` : ""}; ${blocksInWords(t.mode)}`
    );
  else parts.push(`${doing.join(" and ") || "touches"} ${quote(t.table)}${rows}`);
  return parts.join("");
}
function performance2(review, budget = FULL) {
  const lines2 = [];
  if (review.postgres && review.base?.copiedFrom) {
    lines2.push(
      `Measured in a real PostgreSQL ${review.postgres.version} on a copy of database ${code(review.base.copiedFrom)} (SANDBOX_TEMPLATE: your production-like data, so row counts, plans and durations are real; the original is not touched).`
    );
  } else if (review.postgres && review.base?.failure) {
    const { file, error } = review.base.failure;
    lines2.push(
      `Nothing of the change was measured: replaying the base branch's history in PostgreSQL ${review.postgres.version} (${review.postgres.provider} sandbox) stopped at ${fileLink(review, file, error.position.line)} after ${plural2(review.base.statements, "statement")} (${ms(review.base.durationMs)}).`
    );
  } else if (review.postgres && review.base) {
    lines2.push(`Measured in a real PostgreSQL ${review.postgres.version} (${review.postgres.provider} sandbox) after ${baseSetup(review.base)}.`);
  }
  const filled = Object.entries(review.rows);
  if (filled.length)
    lines2.push(
      `Existing tables the change touches held, when it ran: ${filled.map(([t, rows]) => `${code(unqualified(t))} ${plural2(rows, "row")}`).join(", ")} (${review.base?.copiedFrom ? "from the copy" : "generated; set `data.rows` in .github/dba.yml"}).`
    );
  for (const impact of statementImpacts(review)) {
    const where2 = fileLink(review, impact.statement.file, impact.statement.start.line);
    for (const t of impact.tables) lines2.push(`${where2}: ${describeImpact(t, (x) => code(unqualified(x)))}.`);
    if (impact.locksUnseen) lines2.push(`${where2}: finished in ${ms(impact.statement.durationMs)}, before a second session could see its locks.`);
  }
  const statements = review.files.flatMap((f) => f.statements);
  const ran = statements.filter((s) => s.status !== "not-run");
  if (ran.length) {
    const total = ran.reduce((sum, s) => sum + s.durationMs, 0);
    const slowest = ran.reduce((a, b) => b.durationMs > a.durationMs ? b : a);
    lines2.push(
      `The change's ${plural2(ran.length, "statement")} ran in ${ms(total)}; the slowest, ${fileLink(review, slowest.file, slowest.start.line)}, took ${ms(slowest.durationMs)}.`
    );
  }
  const table = ran.length ? [
    "| Statement | Where | Result | Time | Strongest lock on an existing table | Rewrites |",
    "| --- | --- | --- | --- | --- | --- |",
    ...capped(
      statements.map(
        (s) => row([
          code(firstLine(s.sql)),
          fileLink(review, s.file, s.start.line),
          `${s.status}${s.rowCount ? `, ${plural2(s.rowCount, "row")}` : ""}`,
          s.status === "not-run" ? "" : ms(s.durationMs),
          strongestTableLock(review, s),
          (s.rewrites ?? []).map((r) => code(unqualified(r))).join(", ")
        ])
      ),
      budget.rows,
      "the JSON output has every statement"
    )
  ].join("\n") : "";
  const plans = keyQueries(review, budget.rows);
  const raw = ran.length && budget.rawTrace ? `<details><summary>Raw trace (JSON)</summary>

${fenced("json", `[
${ran.map((s) => JSON.stringify({ file: s.file, line: s.start.line, status: s.status, durationMs: Math.round(s.durationMs * 1e3) / 1e3, locks: s.locks?.map((l) => `${l.mode} ${l.relation}`), rewrites: s.rewrites, scans: s.scans })).join(",\n")}
]`)}

</details>` : "";
  return [bullets(lines2, "Nothing was applied, so nothing was measured.", budget.rows), table, plans, raw].filter(Boolean).join("\n\n");
}

// src/render/erDiagram.ts
var MAX_ENTITIES = 20;
var ident = (s) => s.replace(/^public\./, "").replace(/[^A-Za-z0-9_]/g, "_");
var label = (s) => s.replace(/"/g, "'").replace(/\r\n?|\n/g, " ");
var typeWord = (t) => t.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "unknown";
function erDiagram(review) {
  const catalog = review.catalog;
  if (!catalog) return "";
  const after = catalog.after.tables;
  const changedColumns = /* @__PURE__ */ new Map();
  for (const c of catalog.changes) if (c.objectType === "column") changedColumns.set(c.name, c.action);
  const touched = new Set(
    catalog.changes.filter((c) => c.objectType !== "policy" && c.objectType !== "trigger").map((c) => c.table ?? c.name).filter((n) => after[n])
  );
  if (!touched.size) return "";
  const neighbours = /* @__PURE__ */ new Set();
  for (const t of Object.values(after)) {
    for (const fk of t.constraints.filter((c) => c.type === "foreign key" && c.references)) {
      const parent = fk.references?.table;
      if (touched.has(t.qualifiedName) && after[parent]) neighbours.add(parent);
      if (touched.has(parent)) neighbours.add(t.qualifiedName);
    }
  }
  const shown = [...touched, ...[...neighbours].filter((n) => !touched.has(n))].slice(0, MAX_ENTITIES);
  const visible = new Set(shown);
  const lines2 = ["```mermaid", "erDiagram"];
  for (const name of shown) {
    const t = after[name];
    const pk = new Set(t.constraints.find((c) => c.type === "primary key")?.columns ?? []);
    const fk = new Set(t.constraints.filter((c) => c.type === "foreign key").flatMap((c) => c.columns));
    const columns = touched.has(name) ? t.columns : t.columns.filter((c) => pk.has(c.name) || fk.has(c.name));
    lines2.push(`  ${ident(name)} {`);
    for (const c of columns) {
      const keys = [pk.has(c.name) ? "PK" : "", fk.has(c.name) ? "FK" : ""].filter(Boolean).join(",");
      const action = touched.has(name) && !catalog.before.tables[name] ? "added" : changedColumns.get(`${name}.${c.name}`);
      const note = action === "added" ? "new" : action === "changed" ? "changed" : "";
      lines2.push(`    ${typeWord(c.type)} ${ident(c.name)}${keys ? ` ${keys}` : ""}${note ? ` "${note}"` : ""}`);
    }
    lines2.push("  }");
  }
  for (const name of shown) {
    for (const fk of after[name].constraints.filter((c) => c.type === "foreign key" && c.references && visible.has(c.references.table))) {
      const child = after[name];
      const required = fk.columns.every((col) => child.columns.find((c) => c.name === col)?.notNull);
      lines2.push(`  ${ident(fk.references?.table)} ${required ? "||" : "|o"}--o{ ${ident(name)} : "${label(fk.columns.join(", "))}"`);
    }
  }
  lines2.push("```");
  const more = touched.size + neighbours.size - shown.length;
  return `${lines2.join("\n")}${more > 0 ? `

_${more} more related table${more === 1 ? "" : "s"} not drawn._` : ""}`;
}

// src/render/summary.ts
function withoutComments(text) {
  let out = "";
  let at = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", at)) {
    out += text.slice(at, open);
    const close = text.indexOf("-->", open + 4);
    if (close === -1) return out;
    at = close + 3;
  }
  return out + text.slice(at);
}
function summaryOf(body) {
  const paragraphs = withoutComments(body ?? "").split(/\r?\n[ \t]*\r?\n/);
  for (const paragraph of paragraphs) {
    const prose = paragraph.split(/\r?\n/).filter((line) => !/^\s{0,3}#{1,6}(\s|$)/.test(line)).join(" ").trim();
    if (prose) return prose.slice(0, 500);
  }
  return void 0;
}

// src/render/sections.ts
function objective(review, facts, budget = FULL) {
  const lines2 = [];
  const subject = review.subject;
  lines2.push(`${subject.number ? `#${subject.number} ` : ""}${subject.title}`.trim());
  const summary = summaryOf(subject.body);
  if (summary) lines2.push(summary);
  const parts = [];
  if (facts.newTables.length)
    parts.push(
      `creates ${names(
        facts.newTables.map((t) => `${code(unqualified(t.qualifiedName))} (${plural2(t.columns.length, "column")})`),
        budget.rows
      )}`
    );
  if (facts.changedTables.length)
    parts.push(
      `alters ${names(
        facts.changedTables.map((t) => code(unqualified(t.qualifiedName))),
        budget.rows
      )}`
    );
  if (facts.droppedTables.length)
    parts.push(
      `drops ${names(
        facts.droppedTables.map((t) => code(unqualified(t))),
        budget.rows
      )}`
    );
  const changedFiles = review.changedMigrations;
  const files = `${plural2(changedFiles.length, "migration file")} (${[...new Set(changedFiles.map((c) => c.status))].join(", ")})`;
  lines2.push(
    parts.length ? `Schema change: ${parts.join("; ")}, in ${files}.` : `Changes ${files}${review.catalog ? ", with no effect on tables, columns, indexes or constraints" : ""}.`
  );
  if (review.histories.length) lines2.push(`Migrations: ${review.histories.join("; ")}.`);
  const left = excludedLine(review);
  if (left) lines2.push(left);
  return bullets(lines2, "", budget.rows);
}
function excludedLine(review) {
  if (!review.excluded.length) return void 0;
  return `Left out by ${code("migrations.exclude")}: ${names(
    review.excluded.map((p) => code(p)),
    10
  )}.`;
}
function statementCounts(file) {
  const mode = file.transactional ? "in one transaction" : "statement by statement";
  return `${plural2(file.statements.length, "statement")}, ${mode}`;
}
function changeLine(change) {
  const icon = change.action === "added" ? "\u2795" : change.action === "removed" ? "\u2796" : "\u270F\uFE0F";
  const memberName = change.table ? change.name.slice(change.table.length).replace(/^\.| index | constraint /, "") : change.name;
  const label2 = change.objectType === "column" || change.objectType === "index" || change.objectType === "constraint" ? `${change.objectType} ${code(memberName)}` : `${change.objectType} ${code(change.name)}`;
  const detail = change.details.length ? `: ${change.details.map((d) => code(d)).join("; ")}` : "";
  return `${icon} ${label2}${detail}`;
}
function catalogDiff(review, budget) {
  const changes = review.catalog?.changes ?? [];
  if (!changes.length) return "";
  const out = [`**Catalog diff** (${plural2(changes.length, "change")}, read from the sandbox's system catalog):`, ""];
  const byTable = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.objectType === "schema") out.push(`- ${changeLine(c)}`);
    else {
      const key = c.table ?? c.name;
      byTable.set(key, [...byTable.get(key) ?? [], c]);
    }
  }
  const rows = [];
  for (const [table, list] of byTable) {
    const own = list.find((c) => c.objectType === "table");
    rows.push(own ? `- ${changeLine(own)}` : `- table ${code(table)}`);
    for (const c of list) if (c !== own) rows.push(`  - ${changeLine(c)}`);
  }
  return [...out, ...capped(rows, budget.rows, "the JSON output has the whole diff")].join("\n");
}
function proposedSchemaChanges(review, budget = FULL) {
  const out = [];
  for (const change of review.changedMigrations.filter((c) => c.status === "removed")) {
    out.push(`- ${code(change.path)}: **removed** by this change.`);
  }
  for (const file of review.files) {
    const sql = file.statements.map((s) => s.sql + ";").join("\n\n");
    const lines2 = sql.split("\n");
    const shown = lines2.length > budget.sqlLines ? `${lines2.slice(0, budget.sqlLines).join("\n")}
-- \u2026 ${lines2.length - budget.sqlLines} more lines in the file` : sql;
    out.push(
      `${fileLink(review, file.path)} (${file.parseError ? "does not parse" : statementCounts(file)}):`,
      "",
      file.statements.length ? fenced("sql", shown) : "_No SQL statements._",
      ""
    );
  }
  const diff = catalogDiff(review, budget);
  if (diff) out.push(diff);
  const er = budget.erDiagram ? erDiagram(review) : "";
  if (er) out.push("", "**Tables this change creates or alters, and their foreign-key neighbours:**", "", er);
  return out.join("\n").trim() || "- No migration SQL to apply.";
}
function indexingStrategy(review, facts, budget = FULL) {
  const lines2 = [];
  for (const { table, index } of facts.addedIndexes) {
    const kind = index.primary ? "primary key" : index.unique ? "unique" : index.predicate ? "partial" : index.method;
    lines2.push(
      `New ${kind} index ${code(index.name)} on ${code(unqualified(table))} (${cell(index.columns.map((c) => c ?? "(expression)").join(", "))})${index.predicate ? ` where ${code(index.predicate)}` : ""}.`
    );
  }
  for (const change of facts.droppedIndexes) lines2.push(`Drops ${changeLine(change).replace(/^➖ /, "")}: queries that used it fall back to other plans.`);
  for (const gap of facts.unindexedForeignKeys) {
    const cols = gap.constraint.columns.join(", ");
    const ref = gap.constraint.references;
    const target = ref ? `${unqualified(ref.table)}(${ref.columns.join(", ")})` : "";
    const concurrently2 = gap.existingTable ? "CONCURRENTLY " : "";
    const name = `${gap.table.name}_${gap.constraint.columns.join("_")}_idx`.slice(0, 63);
    lines2.push(
      `Foreign key ${code(`${unqualified(gap.table.qualifiedName)}(${cols}) -> ${target}`)} has no index that leads with ${code(cols)}: joins from ${code(ref ? unqualified(ref.table) : "the parent")} and every ${ref?.onDelete === "cascade" ? "cascading " : ""}DELETE or key UPDATE on it scan ${code(unqualified(gap.table.qualifiedName))}. Add ${code(`CREATE INDEX ${concurrently2}${name} ON ${gap.table.qualifiedName} (${cols});`)}` + evidenceFor(review, gap.table.qualifiedName, gap.constraint.columns)
    );
  }
  for (const c of review.plans?.comparisons ?? [])
    for (const t of c.trials)
      lines2.push(`Key query ${code(c.name)} reads ${code(unqualified(t.relation))} with a sequential scan; tried ${trialLine(t).replace(/^- /, "")}`);
  return bullets(
    lines2,
    facts.newTables.length || facts.changedTables.length ? "No index changes, and every foreign key is served by an index." : "No index changes.",
    budget.rows
  );
}
function security(facts, budget = FULL) {
  const lines2 = [];
  for (const t of facts.newTables) {
    const rls = t.rowSecurity ? `row level security is on${t.forceRowSecurity ? " and forced" : ""}` : "row level security is off";
    const grants = t.acl ? `privileges: ${t.acl.map((a) => code(a)).join(", ")}` : "no privileges granted beyond its owner";
    lines2.push(`${code(unqualified(t.qualifiedName))}: ${rls}; ${grants}.`);
  }
  for (const change of facts.privilegeChanges) lines2.push(`Privileges on ${code(change.name)} change: ${change.details.map((d) => code(d)).join("; ")}.`);
  if (facts.personalDataColumns.length) {
    lines2.push(
      `Columns that look like personal data: ${names(
        facts.personalDataColumns.map((c) => code(`${unqualified(c.table)}.${c.column}`)),
        budget.rows
      )}. Decide which roles may read them (column privileges or an RLS policy) and whether they need masking outside production.`
    );
  }
  return bullets(lines2, "No privilege, ownership or row level security changes.", budget.rows);
}
function backupAndHa(review, facts, budget = FULL) {
  const lines2 = [];
  for (const impact of statementImpacts(review)) {
    for (const t of impact.tables.filter((x) => x.rewritten)) {
      const rows = t.rows ? ` (${plural2(t.rows, "row")} here)` : "";
      lines2.push(
        `${fileLink(review, impact.statement.file, impact.statement.start.line)} rewrites ${code(unqualified(t.table))}${rows}${t.indexesRewritten.length ? ` and ${plural2(t.indexesRewritten.length, "index", "indexes")}` : ""}: the whole table goes through WAL again, so replicas replay it (and lag meanwhile) and the WAL archive grows by about its size.`
      );
    }
  }
  for (const t of facts.tablesWithoutPrimaryKey) {
    lines2.push(
      `${code(unqualified(t))} has no primary key: logical replication cannot replicate its UPDATEs and DELETEs (no replica identity), and duplicate rows cannot be told apart in a restore.`
    );
  }
  for (const t of facts.unloggedTables)
    lines2.push(
      `${code(unqualified(t))} is UNLOGGED: it is not written to WAL, so it is absent from replicas and point-in-time recovery, and emptied after a crash.`
    );
  const durable = facts.newTables.filter((t) => t.persistence === "permanent" && !facts.tablesWithoutPrimaryKey.includes(t.qualifiedName));
  if (durable.length) {
    lines2.push(
      `${names(
        durable.map((t) => code(unqualified(t.qualifiedName))),
        budget.rows
      )}: WAL-logged with a primary key, so covered by base backups, WAL archiving and streaming replicas, and replicable logically with the default replica identity.`
    );
  }
  if (facts.droppedTables.length || facts.droppedColumns.length) {
    const dropped = names(
      [...facts.droppedTables, ...facts.droppedColumns].map((n) => code(unqualified(n))),
      budget.rows
    );
    lines2.push(
      `Drops ${dropped}: the data is gone as soon as this runs in production. Take a backup of it first (e.g. ${code("pg_dump --table=\u2026")}) or keep it for a release before dropping.`
    );
  }
  return bullets(lines2, "No change to what backups or replicas carry.", budget.rows);
}
var TERMINAL_STATES = /^(expired|cancell?ed|rejected|archived|deleted|done|completed|closed|failed|revoked)$/i;
function questions(facts, budget = FULL) {
  const lines2 = [];
  for (const s of facts.statusColumns) {
    const name = code(`${unqualified(s.table)}.${s.column}`);
    const terminal = s.values.filter((v) => TERMINAL_STATES.test(v));
    if (terminal.length) {
      lines2.push(`${name} has terminal states (${terminal.map((v) => code(v)).join(", ")}): should those rows be soft-deleted or purged, and after how long?`);
    } else if (s.values.length) {
      lines2.push(
        `${name} takes ${s.values.map((v) => code(v)).join(", ")}: which value do background jobs poll? A partial index on it stays small as the table grows.`
      );
    } else {
      lines2.push(`${name} has no CHECK constraint or enum: which values are valid? Without one, any string is accepted.`);
    }
  }
  for (const r of facts.retentionColumns)
    lines2.push(`${code(`${unqualified(r.table)}.${r.column}`)}: what removes rows once this date passes, and how often? That job needs an index on it.`);
  for (const t of facts.timeColumns)
    lines2.push(
      `Will ${code(unqualified(t.table))} need time-based analytics by ${code(t.column)}? If so, plan a BRIN index or time partitioning before it grows.`
    );
  for (const t of facts.newTables) {
    const parents = t.constraints.filter((c) => c.type === "foreign key").map((c) => c.references?.table ?? "");
    if (parents.length)
      lines2.push(
        `What row growth is expected for ${code(unqualified(t.qualifiedName))}? It grows with ${parents.map((p) => code(unqualified(p))).join(", ")}.`
      );
  }
  return bullets(lines2, "None: the schema gives no reason to ask.", budget.rows);
}

// src/render/markdown.ts
var ICON = { success: "\u2705", neutral: "\u26A0\uFE0F", failure: "\u274C" };
var SEVERITY_ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function applyState(review) {
  if (review.outcome !== "migration-failed") return [];
  const by = (status) => review.files.filter((f) => f.status === status).map((f) => code(f.path));
  const failed2 = review.files.find((f) => f.status === "failed");
  const lines2 = [];
  const applied = by("applied");
  lines2.push(applied.length ? `Applied before the failure: ${applied.join(", ")}.` : "Nothing was applied before the failure.");
  if (failed2)
    lines2.push(
      `${code(failed2.path)} ${failed2.transactional ? "was rolled back as a whole (it runs in one transaction)" : "is partly applied: it does not run in one transaction"}.`
    );
  const notRun = by("not-run");
  if (notRun.length) lines2.push(`Not run, since they come after it: ${notRun.join(", ")}.`);
  return lines2;
}
function supersedes(review) {
  const p = review.previous;
  if (!p) return [];
  const words = (errors, warnings) => [errors && plural2(errors, "error"), warnings && plural2(warnings, "warning")].filter(Boolean).join(" and ");
  const now = counts(review.findings);
  const resolved = (p.errors || p.warnings) && !now.error && !now.warning ? ": all resolved" : "";
  const was = words(p.errors, p.warnings) || "no findings";
  return [
    `Updated for ${code(review.subject.headSha.slice(0, 7))}. The review of ${code(p.head.slice(0, 7))} had ${was}; this push has ${words(now.error, now.warning) || "none"}${resolved}.`
  ];
}
function verdict(review) {
  const lines2 = [
    `**${ICON[conclusionOf(review)]} ${verdictTitle(review)}**`,
    ...supersedes(review).map((l) => `- ${l}`),
    ...applyState(review).map((l) => `- ${l}`)
  ];
  for (const p of review.problems) lines2.push(`- ${p}`);
  for (const n of review.notes) lines2.push(`- Note: ${n}`);
  return lines2.join("\n");
}
function findingsTable(review, budget) {
  if (!review.findings.length) return "";
  const sorted = [...review.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line
  );
  return [
    "| Severity | Rule | Where | Finding |",
    "| --- | --- | --- | --- |",
    ...capped(
      sorted.map((f) => row([SEVERITY_ICON[f.severity], code(f.ruleId), fileLink(review, f.file, f.line), cell(f.message)])),
      budget.rows,
      "the check run's annotations list them all"
    )
  ].join("\n");
}
function suppressedSection(review) {
  if (!review.suppressed.length) return "";
  return [
    `<details><summary>${review.suppressed.length} finding${review.suppressed.length === 1 ? "" : "s"} suppressed with <code>-- dba-ignore</code></summary>`,
    "",
    "| Rule | Where | Reason given |",
    "| --- | --- | --- |",
    ...review.suppressed.map((s) => row([code(s.finding.ruleId), fileLink(review, s.finding.file, s.finding.line), cell(s.reason)])),
    "",
    "</details>"
  ].join("\n");
}
function footer(review) {
  const parts = ["pg-dba-review", `head ${code(review.subject.headSha.slice(0, 7))}`];
  if (review.postgres) parts.push(`PostgreSQL ${review.postgres.version} (${review.postgres.provider})`);
  parts.push(`reviewed in ${ms(review.durationMs)}`);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
var BUDGETS = [
  FULL,
  { sqlLines: 60, rows: 150, rawTrace: false, erDiagram: true },
  { sqlLines: 20, rows: 60, rawTrace: false, erDiagram: false },
  { sqlLines: 0, rows: 20, rawTrace: false, erDiagram: false }
];
function renderMarkdown(review, limit = Number.POSITIVE_INFINITY) {
  for (const budget of BUDGETS) {
    const text = renderWith(review, budget);
    if (text.length <= limit) return text;
  }
  return renderWith(review, BUDGETS.at(-1)).slice(0, limit);
}
function renderWholeMarkdown(review) {
  return renderWith(review, { ...FULL, sqlLines: Number.POSITIVE_INFINITY, rows: Number.POSITIVE_INFINITY });
}
function renderWith(review, budget) {
  const heading = `## PostgreSQL DBA Review: ${cell(review.heading)}`;
  if (review.outcome === "no-migrations") {
    const where2 = review.config?.migrations.paths ? ` matching ${review.config.migrations.paths.map((p) => code(p)).join(", ")}` : "";
    const left = excludedLine(review);
    return [
      heading,
      "",
      `**${ICON.success} No migration changes**: this push changes no migration file${where2}, so there is nothing to review.`,
      "",
      ...left ? [left, ""] : [],
      footer(review)
    ].join("\n");
  }
  const facts = changeFacts(review);
  const blocks = [
    heading,
    verdict(review),
    findingsTable(review, budget),
    acknowledgedList(review, budget),
    suppressedSection(review),
    `### Objective
${objective(review, facts, budget)}`,
    `### Proposed Schema Changes
${proposedSchemaChanges(review, budget)}`,
    `### Indexing Strategy
${indexingStrategy(review, facts, budget)}`,
    `### Performance Considerations
${performance2(review, budget)}`,
    `### Security & Access Control
${security(facts, budget)}`,
    `### Backup & HA Notes
${backupAndHa(review, facts, budget)}`,
    `### Questions or Flags
${questions(facts, budget)}`,
    footer(review)
  ];
  return blocks.filter(Boolean).join("\n\n") + "\n";
}

// src/review/acks.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_REASON = 300;
var ACK_ROOM = 12e3;
function hiddenJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
var RULE = /^[a-z0-9-]{1,80}$/;
var FINGERPRINT = /^[A-Za-z0-9_-]{10}$/;
var SHA = /^[0-9a-f]{40}$/;
function parseAcks(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a) => {
    if (typeof a !== "object" || a === null) return [];
    const { rule: rule2, reason, by, fingerprints, head } = a;
    if (typeof rule2 !== "string" || !RULE.test(rule2) || typeof by !== "string" || !LOGIN.test(by)) return [];
    if (typeof reason !== "string" || !reason || reason.length > MAX_REASON) return [];
    if (Array.isArray(fingerprints) && fingerprints.every((f) => typeof f === "string" && FINGERPRINT.test(f)))
      return [{ rule: rule2, reason, by, fingerprints }];
    if (typeof head === "string" && SHA.test(head)) return [{ rule: rule2, reason, by, head }];
    return [];
  });
}
function statementOf(review, f) {
  const file = review.files.find((o) => o.path === f.file);
  const on = (file?.statements ?? []).filter((s) => s.start.line <= f.line && f.line <= s.end.line);
  return (on.filter((s) => s.start.line < f.line || s.start.column <= f.column).at(-1) ?? on[0])?.sql;
}
function fingerprint(review, f) {
  const what = statementOf(review, f) ?? f.object ?? f.message.replace(/\d[\d,.]*/g, "#");
  const text = [f.ruleId, f.file, what.replace(/\s+/g, " ").trim()].join("\0");
  return createHash3("sha256").update(text).digest("base64url").slice(0, 10);
}
function rulesWithFindings(review) {
  return [...new Set([...review.findings, ...(review.acknowledged ?? []).map((a) => a.finding)].map((f) => f.ruleId))].sort();
}
function where(findings) {
  const places = [...new Set(findings.map((f) => `${f.file}:${f.line}`))];
  return places.length > 3 ? `${places.slice(0, 3).join(", ")} and ${places.length - 3} more` : places.join(", ");
}
function applyAcks(review, acks) {
  if (!acks.length) return [];
  const prints = new Map(review.findings.map((f) => [f, fingerprint(review, f)]));
  const kept = acks.filter((a) => a.fingerprints);
  for (const ack of acks.filter((a) => !a.fingerprints)) {
    const head = ack.head ?? "";
    const mine = review.findings.filter((f) => f.ruleId === ack.rule);
    const bound = { rule: ack.rule, reason: ack.reason, by: ack.by, fingerprints: [...new Set(mine.map((f) => prints.get(f)))] };
    const problem = head !== review.subject.headSha ? `it was given on ${head.slice(0, 7)} and a newer push came before it took effect` : !mine.length ? "this review has no finding of that rule" : hiddenJson([...kept, bound]).length > ACK_ROOM ? `its ${bound.fingerprints?.length} statements do not fit in the room the comment keeps for acknowledgements` : void 0;
    if (problem)
      review.notes.push(`The ack of ${ack.rule} by @${ack.by} was not recorded: ${problem}. Comment /dba ack again to accept what this review found.`);
    else kept.push(bound);
  }
  const byRule = new Map(kept.map((a) => [a.rule, a]));
  const acknowledged = [];
  const open = [];
  for (const f of review.findings) {
    const ack = byRule.get(f.ruleId);
    if (ack?.fingerprints?.includes(prints.get(f))) acknowledged.push({ finding: f, reason: ack.reason, by: ack.by });
    else open.push(f);
  }
  for (const ack of kept) {
    const reopened = open.filter((f) => f.ruleId === ack.rule);
    if (reopened.length)
      review.notes.push(
        `The ack of ${ack.rule} by @${ack.by} no longer applies to ${where(reopened)}: the statement changed since (or is new), so it counts again. Comment /dba ack to accept it as it is now.`
      );
  }
  review.findings = open;
  review.acknowledged = acknowledged;
  return kept;
}
function withPending(state, pending) {
  const out = [...state];
  for (const ack of pending) {
    const i = out.findIndex((a) => a.rule === ack.rule);
    if (i === -1) out.push(ack);
    else if (out[i]?.fingerprints) out[i] = ack;
  }
  return out;
}

// src/render/comment.ts
var COMMENT_LIMIT = 65536;
var STICKY_MARKER = "<!-- pg-dba-review:sticky -->";
var STATE = /<!-- pg-dba-review:state (\{.*?\}) -->/;
function parseState(body) {
  let raw;
  try {
    raw = JSON.parse(STATE.exec(body)?.[1] ?? "null") ?? {};
  } catch {
    return void 0;
  }
  const { head, errors, warnings, rules, acks } = raw;
  if (typeof head !== "string" || typeof errors !== "number" || typeof warnings !== "number") return void 0;
  return {
    head,
    errors,
    warnings,
    ...Array.isArray(rules) ? { rules: rules.filter((r) => typeof r === "string") } : {},
    acks: parseAcks(acks)
  };
}
var stateLine = (state) => `<!-- pg-dba-review:state ${hiddenJson(state)} -->`;
function stickyBody(markdown, state) {
  return `${STICKY_MARKER}
${stateLine(state)}
${markdown}`;
}
var STICKY_ROOM = COMMENT_LIMIT - stickyBody("", { head: "f".repeat(40), errors: 99999, warnings: 99999, rules: [...RULE_IDS], acks: [] }).length - ACK_ROOM;
function commentMarkdown(review, room = STICKY_ROOM) {
  return renderMarkdown(review, room);
}

// src/render/json.ts
var JSON_SCHEMA_VERSION = 1;
function renderJson(review) {
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    subject: review.subject,
    outcome: review.outcome,
    conclusion: conclusionOf(review),
    title: verdictTitle(review),
    heading: review.heading,
    postgres: review.postgres,
    problems: review.problems,
    notes: review.notes,
    changedMigrations: review.changedMigrations,
    excluded: review.excluded,
    base: review.base && {
      files: review.base.paths,
      statements: review.base.statements,
      durationMs: round(review.base.durationMs),
      failure: review.base.failure ?? null,
      copiedFrom: review.base.copiedFrom ?? null,
      cache: { ...review.base.cache, replayMs: round(review.base.cache.replayMs), restoreMs: round(review.base.cache.restoreMs) }
    },
    findings: review.findings.map(findingJson),
    traces: review.files.flatMap(
      (file) => file.statements.map((s) => ({
        file: s.file,
        line: s.start.line,
        column: s.start.column,
        endLine: s.end.line,
        statement: s.sql,
        kind: s.kind,
        transactional: file.transactional,
        status: s.status,
        durationMs: round(s.durationMs),
        rowCount: s.rowCount,
        error: s.error ? { message: s.error.message, code: s.error.code ?? null, line: s.error.position.line, column: s.error.position.column } : null,
        ...s.locks ? { locks: s.locks, locksObservedFrom: s.observedFrom ?? null } : {},
        ...s.rewrites ? { rewrites: s.rewrites } : {},
        ...s.scans ? { scans: s.scans } : {}
      }))
    ),
    locksHeldAtCommit: review.files.flatMap((file) => file.heldAtCommit.map((h) => ({ file: file.path, ...h, heldMs: round(h.heldMs) }))),
    catalogDiff: review.catalog?.changes ?? [],
    plans: review.plans && {
      rows: review.plans.rows,
      keyQueries: review.plans.comparisons.map((c) => ({
        name: c.name,
        origin: c.origin,
        sql: c.sql,
        before: planJson(c.before),
        after: planJson(c.after),
        changes: c.changes,
        blockedBy: c.blockedBy.map((w) => ({ ...w, heldMs: round(w.heldMs) })),
        indexTrials: c.trials.map(trialJson)
      })),
      indexEvidence: review.plans.evidence.map(trialJson)
    },
    durationMs: review.durationMs
  };
  return JSON.stringify(doc, null, 2);
}
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? f.line,
    message: f.message,
    object: f.object ?? null,
    fix: f.fix ?? null
  };
}
function planJson(plan) {
  if (!plan) return null;
  if (!plan.ok) return { ok: false, error: plan.error, code: plan.code ?? null, timedOut: plan.timedOut };
  const { summary } = plan;
  return { ok: true, generic: plan.generic, totalCost: summary.totalCost, rows: summary.rows, scans: summary.scans, indexes: summary.indexes, text: plan.text };
}
function trialJson(t) {
  return {
    relation: t.relation,
    columns: t.columns,
    definition: t.definition,
    query: t.query,
    rows: t.rows,
    without: t.without,
    with: "error" in t.with ? { error: t.with.error } : { scan: t.with.scan, cost: t.with.cost }
  };
}
function round(value) {
  return Math.round(value * 1e3) / 1e3;
}

export {
  require_picomatch2 as require_picomatch,
  CONFIG_PATH,
  resolveConfigText,
  require_wasm,
  escapeStringRegexp,
  SqlRegions,
  parseMigration,
  reviveParsed,
  esm_default,
  costText,
  SCAN_RANK,
  checkQuery,
  explainQuery,
  LARGE_TABLE_ROWS,
  qualify,
  tryIndex,
  indexTrials,
  isLockMode,
  conflicts,
  strength,
  blocksInWords,
  unwrap,
  codeTokens,
  byteCompare,
  compareVersions,
  basename,
  dirname,
  CONTENT_LAYOUTS,
  PATH_LAYOUTS,
  LAYOUTS,
  plural2 as plural,
  repositoryUrl,
  counts,
  CHECK_TEXT_LIMIT,
  ANNOTATIONS_PER_CALL,
  truncate,
  renderCheckRun,
  configAnnotations,
  buildContext,
  indexLeadsWith,
  RULES,
  RULE_IDS,
  RULE_NAMES,
  judgeDetections,
  runRules,
  fingerprint,
  rulesWithFindings,
  applyAcks,
  withPending,
  renderMarkdown,
  renderWholeMarkdown,
  COMMENT_LIMIT,
  STICKY_MARKER,
  parseState,
  stickyBody,
  STICKY_ROOM,
  commentMarkdown,
  renderJson
};
