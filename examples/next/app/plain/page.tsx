import { Counter } from './Counter';

// A route that uses nothing of the kit, with a client component of its own: it loads no kit JavaScript.
export default function About() {
  return (
    <>
      <h1>About</h1>
      <Counter />
    </>
  );
}
