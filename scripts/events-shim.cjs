'use strict';
/*
 * The offline page's stand-in for eventemitter2 (scripts/build.mjs, the page only): json-rules-engine's
 * Engine and Rule extend an event emitter and call emitAsync for every rule's result, and on for the
 * onSuccess/onFailure options; jixiao-lint listens to no event. eventemitter2 is 19 KB of the page's
 * 1.5 MB budget (issue 15); this is the part of it the engine uses. ES5 constructor: the engine's Babel
 * output calls its parent constructor as a function.
 */
function EventEmitter() {
  this._listeners = Object.create(null);
}
EventEmitter.prototype.on = function on(name, fn) {
  (this._listeners[name] || (this._listeners[name] = [])).push(fn);
  return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;
EventEmitter.prototype.emit = function emit(name) {
  const list = this._listeners[name];
  if (!list) return false;
  const args = Array.prototype.slice.call(arguments, 1);
  for (const fn of list.slice()) fn.apply(this, args);
  return true;
};
EventEmitter.prototype.emitAsync = function emitAsync(name) {
  const list = this._listeners[name];
  const args = Array.prototype.slice.call(arguments, 1);
  return Promise.all(list ? list.slice().map((fn) => fn.apply(this, args)) : []);
};
EventEmitter.prototype.removeAllListeners = function removeAllListeners(name) {
  if (name === undefined) this._listeners = Object.create(null);
  else delete this._listeners[name];
  return this;
};
module.exports = EventEmitter;
module.exports.EventEmitter2 = EventEmitter;
