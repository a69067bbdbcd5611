export { generateEventList } from './generate';
