// CLI entry (work in progress)
console.log('journey-check');
