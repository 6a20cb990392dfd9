// jsdom lacks scrolling; the router scrolls to the top on every page change
window.scrollTo = () => undefined
Element.prototype.scrollIntoView = function scrollIntoView() {}
// nor does it draw; axe-core asks for a canvas to measure text, and copes without one
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext']
