// Sentiment benchmark (work in progress)
console.log('bench');
