import { mount } from 'svelte';
import App from './App.svelte';
import { measureClicks } from './lib/perf';
import './styles/pleno.css';
import './styles/read-only.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Always on and unseen: how long each click takes to show (read by tests/performance.rs).
measureClicks();

export default mount(App, { target });
