// One matcher for tests and stories alike.
export { sentence } from '../../stories/support/sentence';
