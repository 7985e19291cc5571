// The topic tagger: deterministic, explains itself with words that are really in the paper, tags every paper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTagger, defaultTopics, effectiveTopics, builtinPhrases } from '../../utils/topics';
import taxonomy from '../../utils/topics/taxonomy.json';

const fixtures: Array<{ title: string; abstract: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/data/seed-papers.json'), 'utf8'),
).papers;

describe('topic tagger', () => {
  const tagger = createTagger();

  it('ships the default taxonomy with stable ids, names and a colour each', () => {
    expect(defaultTopics().map((t) => t.id)).toEqual(taxonomy.topics.map((t) => t.id));
    expect(defaultTopics()).toHaveLength(24);
    for (const t of defaultTopics()) {
      expect(t.builtin).toBe(true);
      expect(t.color).toMatch(/^[a-z]+$/);
      expect(builtinPhrases(t.id).length).toBeGreaterThan(5);
    }
  });

  it('is deterministic: same paper, same answer, from the same or a fresh tagger', () => {
    const other = createTagger();
    for (const p of fixtures.slice(0, 40)) {
      const a = tagger.classify(p);
      expect(tagger.classify(p)).toEqual(a);
      expect(other.classify(p)).toEqual(a);
    }
  });

  it('gives every fixture paper 1 to 3 topics, each explained by words that appear in the paper', () => {
    for (const p of fixtures) {
      const r = tagger.classify(p);
      expect(r.topics.length, p.title).toBeGreaterThanOrEqual(1);
      expect(r.topics.length).toBeLessThanOrEqual(3);
      expect(Object.keys(r.why).sort()).toEqual([...r.topics].sort());
      const text = `${p.title}\n${p.abstract}`.toLowerCase();
      for (const id of r.topics) {
        expect(r.why[id].length, `${id} on ${p.title}`).toBeGreaterThan(0);
        for (const term of r.why[id]) expect(text, `${id}: “${term}”`).toContain(term.toLowerCase());
      }
    }
  });

  // Papers written for this test (not from the labelled set), one per area the user reads.
  it.each([
    ['Holographic entanglement entropy and islands in AdS3/CFT2', 'We compute the entanglement entropy of Hawking radiation in a two-dimensional black hole coupled to a bath using the quantum extremal surface prescription.', 'hep'],
    ['Pair density waves in the doped Hubbard model', 'Using DMRG on wide cylinders we find a superconducting state with spatially modulated pairing in the strongly correlated regime of cuprate-like models.', 'condmat'],
    ['Error thresholds of surface codes under biased noise', 'We simulate logical qubits with tailored decoders and show the threshold of quantum error correction rises when dephasing dominates.', 'quantum'],
    ['Entropy production in active Brownian particles', 'We derive the fluctuation theorem for self-propelled particles far from equilibrium and measure the stochastic thermodynamics of their motion.', 'statmech'],
    ['Feature learning beyond the neural tangent kernel', 'We prove that two-layer networks trained by gradient descent escape the lazy regime and learn low-dimensional features, with a sample complexity bound.', 'theory'],
    ['Consistency training for one-step image generation', 'We distil a pretrained diffusion model into a one-step generator by enforcing consistency along the probability flow ODE.', 'generative'],
    ['Equivariant interatomic potentials for battery electrolytes', 'A machine learning potential trained on DFT data predicts ionic conductivity of new electrolytes with molecular dynamics.', 'science'],
    ['Constraints on primordial black holes from weak lensing surveys', 'We combine galaxy shear catalogues with N-body simulations to bound the dark matter fraction in primordial black holes.', 'astro'],
    ['Quantizing large language models to 3 bits', 'Post-training quantization with outlier-aware rounding keeps perplexity of LLMs while cutting memory and latency on GPUs.', 'efficiency'],
  ])('tags “%s” with its main field', (title, abstract, want) => {
    expect(tagger.classify({ title, abstract }).topics).toContain(want);
  });

  // Words that several fields share, read in context (written for this test; not from any labelled set).
  it('does not call a team of LLM agents reinforcement learning just because it says “agent”', () => {
    const r = tagger.classify({
      title: 'Teams of language model agents for software projects',
      abstract: 'Several agents, each an LLM with a role, write, review and test code together. Agents exchange messages until the tests pass; the team agent outperforms a single agent.',
    });
    expect(r.topics).toContain('agents');
    expect(r.topics).not.toContain('rl');
  });

  it('reads Stein variational gradient descent as Bayesian sampling, not as an optimizer', () => {
    const r = tagger.classify({
      title: 'Stein variational gradient descent for sparse priors',
      abstract: 'We propose a particle method that transports samples toward a posterior with a horseshoe prior and study its accuracy against MCMC.',
    });
    expect(r.topics).toEqual(['probabilistic']);
  });

  it('tags vision-language-action robot policies as multimodal too, and text-to-music as generative too', () => {
    expect(tagger.classify({
      title: 'Vision-language-action policies for tabletop manipulation',
      abstract: 'A robot arm follows language instructions using camera images and a pretrained vision-language backbone.',
    }).topics).toEqual(expect.arrayContaining(['robotics', 'multimodal']));
    expect(tagger.classify({
      title: 'Text-to-music generation with a codec language model',
      abstract: 'We generate music from text descriptions by predicting discrete audio tokens; listeners prefer our samples.',
    }).topics).toEqual(expect.arrayContaining(['audio', 'generative']));
  });

  type Checked = { title: string; abstract: string; topics: string[]; alsoAcceptable?: string[] };
  const checkSet = (file: string): Checked[] => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', file), 'utf8')).papers;
  /** Micro-F1 over a labelled set (precision against topics ∪ alsoAcceptable); every paper must get a topic. */
  const microF1 = (papers: Checked[]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const p of papers) {
      const got = tagger.classify(p).topics;
      expect(got.length, p.title).toBeGreaterThan(0);
      const ok = new Set([...p.topics, ...(p.alsoAcceptable ?? [])]);
      for (const t of got) if (ok.has(t)) tp++; else fp++;
      for (const t of p.topics) if (!got.includes(t)) fn++;
    }
    return (2 * tp) / (2 * tp + fp + fn);
  };

  // The hand-written check set (tests/fixtures/topics-check.json) is never used to choose phrases; this floor only
  // catches a lexicon edit that quietly breaks whole areas (it scored 91.3% micro-F1 when written).
  it('keeps micro-F1 of at least 0.88 on the hand-written check set, with a topic for every paper', () => {
    expect(microF1(checkSet('topics-check.json'))).toBeGreaterThanOrEqual(0.88);
  });

  // The same floor for the second check set (tests/fixtures/topics-check-2.json, labelled before the tagger ran on
  // it; 93.2% when written): physics-heavy, one paper or more for each of the 24 topics.
  it('keeps micro-F1 of at least 0.90 on the second check set', () => {
    const check = checkSet('topics-check-2.json');
    expect(new Set(check.flatMap((p) => p.topics))).toEqual(new Set(defaultTopics().map((t) => t.id)));
    expect(microF1(check)).toBeGreaterThanOrEqual(0.9);
  });

  // The third check set (tests/fixtures/topics-check-3.json, issue #4) was labelled blind, before the tagger ran on it, and
  // only its total is ever read (93.1% when the issue was closed): a floor against edits that break whole areas.
  it('keeps micro-F1 of at least 0.90 on the third, blind-labelled check set', () => {
    const check = checkSet('topics-check-3.json');
    expect(new Set(check.flatMap((p) => p.topics))).toEqual(new Set(defaultTopics().map((t) => t.id)));
    expect(microF1(check)).toBeGreaterThanOrEqual(0.9);
  });

  // Check sets labelled blind by two annotators (they agreed at 0.93–0.97) and never inspected: only their totals are read.
  // Each floor is its figure when added, rounded down, minus about two points: a guard against edits that lose whole areas.
  it.each([
    // 25 real papers of Hugging Face's trending page (agents, LLMs, generation, multimodal, serving); 82.0% when added.
    ['topics-trending-check.json', 0.8],
    // 70 applied-ML papers written by an author who saw neither the tagger nor the other sets; 86.2% when added, 88.6%
    // after the round tuned on topics-tune-applied-2.json.
    ['topics-check-applied.json', 0.86],
    // 60 papers in the user's physics-and-ML mix (hep-th, cond-mat, quantum, stat-mech, astro, math, AI for science, ML
    // theory), written the same way; 86.5% when added.
    ['topics-check-physics.json', 0.84],
    // 60 more of the same kind, read twice only: 87.1% before and 87.6% after the last tagger change of its session.
    ['topics-check-physics-2.json', 0.85],
    // 70 papers as in the user's daily feed (38 ML, 32 physics and mathematics, 8 of them cross-cutting), written and
    // labelled the same way in session 6; 88.6% when added, before that session's tagger changes, and after them.
    ['topics-check-mixed.json', 0.86],
  ])('keeps a topic for every paper of %s and micro-F1 of at least %s', (file, floor) => {
    const check = checkSet(file);
    expect(check.filter((p) => tagger.classify(p).topics.length === 0).map((p) => p.title)).toEqual([]);
    expect(microF1(check)).toBeGreaterThanOrEqual(floor);
  });

  // Written for this test: words a field borrows in another sense.
  it('reads "a survey of" as a literature review, Byzantine fault tolerance as systems and Muon as an optimizer, not as physics', () => {
    expect(tagger.classify({ title: 'A Survey of Recommender Systems' }).topics).not.toContain('astro');
    expect(tagger.classify({ title: 'Byzantine fault tolerant consensus under network partitions' }).topics).not.toContain('quantum');
    expect(tagger.classify({ title: 'Scaling the Muon optimizer to trillion-token pretraining', abstract: 'We train language models with Muon and AdamW and compare their loss curves.' }).topics).not.toContain('hep');
    // The same words still count where they mean the physics.
    expect(tagger.classify({ title: 'Photometric redshifts for a wide galaxy survey', abstract: 'We calibrate photometric redshifts of galaxies in a sky survey.' }).topics).toContain('astro');
    expect(tagger.classify({ title: 'Fault-tolerant quantum computation with surface codes', abstract: 'We lower the qubit overhead of fault-tolerant logical gates.' }).topics).toContain('quantum');
  });

  // Written for this test: everyday physics words that ML topics also use, in papers with no machine learning.
  it('does not read a physics paper as ML because it says “probing”, “Lyapunov” or “safety factor”', () => {
    expect(tagger.classify({
      title: 'Probing dark matter with stellar streams',
      abstract: 'We use perturbations of cold stellar streams in the Milky Way to probe the abundance of dark matter subhalos down to a million solar masses.',
    }).topics).toEqual(['astro']);
    expect(tagger.classify({
      title: 'Chaos and Lyapunov exponents in the SYK model at finite temperature',
      abstract: 'We compute out-of-time-order correlators in the Sachdev-Ye-Kitaev model and extract the Lyapunov exponent as a function of temperature, approaching the chaos bound at strong coupling.',
    }).topics).not.toContain('timeseries');
    expect(tagger.classify({
      title: 'Safety factors for tokamak plasma stability',
      abstract: 'We analyse magnetohydrodynamic stability of tokamak plasmas and derive the safety factor profile that avoids tearing modes.',
    }).topics).not.toContain('safety');
  });

  // Written for this test: physics vocabulary that belongs to one field.
  it('reads quantum corrections to black-hole entropy as high-energy theory and random-matrix laws as mathematics', () => {
    expect(tagger.classify({
      title: 'Quantum corrections to the entropy of near-extremal black holes',
      abstract: 'We compute one-loop corrections to the gravitational path integral around near-extremal black holes in AdS and find a logarithmic correction to the Bekenstein-Hawking entropy from the Schwarzian mode.',
    }).topics).toEqual(['hep']);
    expect(tagger.classify({
      title: 'A local law for sparse Wigner matrices at the optimal scale',
      abstract: 'We prove a local semicircle law for sparse Wigner matrices down to the optimal spectral scale and deduce edge universality of the largest eigenvalues.',
    }).topics).toContain('math');
  });

  it('does not take “modular”, “returns” or “learnable” for mathematics, RL or learning theory', () => {
    const r = tagger.classify({
      title: 'A modular software framework for learnable molecular force fields',
      abstract: 'We present an open-source package with a modular design in which each component returns energies and forces. Learnable parameters of the force field are fitted to quantum chemistry data, and the code runs molecular dynamics of proteins.',
    });
    expect(r.topics).toEqual(['science']);
  });

  it('knows the vocabulary of random matrix theory and of efficient reasoning', () => {
    expect(tagger.classify({
      title: 'Tracy-Widom fluctuations at the edge of sparse random matrices',
      abstract: 'We prove that the largest eigenvalue of a sparse Wigner matrix fluctuates on the Tracy-Widom scale once the mean degree exceeds a power of the logarithm. The proof uses a local law and a comparison argument.',
    }).topics).toEqual(['math']);
    expect(tagger.classify({
      title: 'Shorter chains of thought: reducing overthinking in reasoning models',
      abstract: 'Reasoning language models often produce very long chains of thought. We train the model with a length penalty that halves the response length with no loss of accuracy on math benchmarks, reducing token usage and latency.',
    }).topics).toEqual(expect.arrayContaining(['llm', 'efficiency']));
  });

  // Issue #4 (written for these tests; not from any labelled set): second topics decided by general rules.
  // The paper computes nothing of a material (no conductivity: annotators give condmat to holographic transport, as in
  // every labelled set); strange metals and heavy fermions only motivate it.
  it('does not add a neighbouring physics field for a motivating mention, but does when the title names it', () => {
    const abstract = 'We construct charged black brane solutions of Einstein-Maxwell-dilaton gravity in anti-de Sitter space whose infrared geometry violates hyperscaling. Using the holographic dictionary we compute two-point functions of the dual field theory and the entanglement entropy of strips. Such infrared scalings have been proposed for strange metals and for quantum critical points of heavy fermion materials.';
    expect(tagger.classify({ title: 'Charged black branes with hyperscaling violation and their boundary correlators', abstract }).topics).toEqual(['hep']);
    expect(tagger.classify({ title: 'Strange metal transport from charged black branes with hyperscaling violation', abstract }).topics)
      .toEqual(expect.arrayContaining(['hep', 'condmat']));
  });

  it('shows a facet such as efficiency on its own evidence, even when the subject scores far higher', () => {
    const r = tagger.classify({
      title: 'Equivariant interatomic potentials for million-atom molecular dynamics',
      abstract: 'Machine learning interatomic potentials trained on density functional theory reach quantum accuracy for molecular dynamics of materials. We rewrite the message passing layers as fused GPU kernels with lower memory usage and partition the simulation across devices. The new implementation gives a 20-fold speedup and a fivefold lower memory footprint at the same accuracy, and its throughput scales linearly to 64 GPUs, so that simulations of a million atoms of molecules and crystals become routine.',
    });
    expect(r.topics[0]).toBe('science');
    expect(r.topics).toContain('efficiency');
    expect(r.why.efficiency.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['memory footprint']));
  });

  it('reads statistical mechanics of a learning network as learning theory too, explained by words of both', () => {
    const r = tagger.classify({
      title: 'Free-energy landscape of sequential task learning in neural networks',
      abstract: 'When a neural network is trained on a sequence of tasks it forgets earlier ones. We describe training as sampling from a Gibbs distribution over weights and compute the free energy with the replica method of statistical mechanics. The theory predicts the generalization error on old tasks and a transition between retention and forgetting as the task similarity decreases, which we confirm by training deep networks on image classification tasks.',
    });
    expect(r.topics).toEqual(expect.arrayContaining(['statmech', 'theory']));
    const why = r.why.theory.map((w) => w.toLowerCase());
    expect(why).toContain('generalization error');
    // Besides its own phrase, the why-list names what it blends: a network word or a statistical-mechanics word.
    expect(why.some((w) => /neural network|free.energy|gibbs|replica|statistical mechanics/.test(w))).toBe(true);
  });

  it('lets counter-evidence stop a second topic: nuclear density functionals are not condensed matter', () => {
    const r = tagger.classify({
      title: 'Pairing and deformation in rotating nuclei from covariant density functional theory',
      abstract: 'We study rotational bands of heavy nuclei with a cranking covariant density functional including pairing correlations. The spin-orbit coupling, the Coriolis term and the alignment of nucleon pairs are analysed along the yrast line, and the moments of inertia are compared with data. Nuclear deformation and the spin of the nuclei control band crossings.',
    });
    expect(r.topics).toEqual(['hep']);
  });

  it('does not let a helper phrase for "uses ML" hide a topic word ("multimodal models")', () => {
    expect(tagger.classify({
      title: 'A question-answering benchmark of long videos for multimodal models',
      abstract: 'We release 2,000 questions about hour-long videos and test open multimodal models on them.',
    }).topics).toEqual(expect.arrayContaining(['multimodal', 'data']));
  });

  it('knows superconducting processors are quantum hardware and the nonlinear Schrödinger equation is analysis', () => {
    const q = tagger.classify({
      title: 'Variational simulation of the Schwinger model on a superconducting quantum processor',
      abstract: 'We prepare ground states of the massive Schwinger model with a variational circuit on superconducting quantum hardware and extract the chiral condensate. Error mitigation keeps the energy within two percent of exact results.',
    }).topics;
    expect(q).toEqual(expect.arrayContaining(['quantum', 'hep']));
    expect(q).not.toContain('condmat');
    expect(tagger.classify({
      title: 'Global well-posedness of the cubic nonlinear Schrödinger equation on the torus',
      abstract: 'We prove global well-posedness for the defocusing cubic nonlinear Schrödinger equation on the three-dimensional torus for data in Sobolev spaces of low regularity, using Strichartz estimates and a modified energy.',
    }).topics).toEqual(['math']);
  });

  // Issue #4, fourth session (papers written for these tests; not from any labelled set).
  it('does not add a physics topic to an ML paper that borrows one physics word', () => {
    expect(tagger.classify({
      title: 'Holographic reduced representations for compositional token embeddings',
      abstract: 'We bind role and filler vectors with circular convolution inside a transformer language model and improve compositional generalization on semantic parsing benchmarks.',
    }).topics).toEqual(['llm']);
    expect(tagger.classify({
      title: 'Ising-style pairwise losses for multi-label image classification',
      abstract: 'We add a pairwise term between label logits to a convolutional image classifier and improve mean average precision on COCO and VOC.',
    }).topics).toEqual(['vision']);
    expect(tagger.classify({
      title: 'A percolation view of grokking in transformers',
      abstract: 'We train small transformers on modular arithmetic and track when the test accuracy jumps, relating it to the connectivity of learned features during training.',
    }).topics).toEqual(['theory']);
  });

  it('still adds a physics topic to an ML paper whose physics is more than one word', () => {
    const r = tagger.classify({
      title: 'Normalizing flows for sampling lattice gauge theories',
      abstract: 'We train a gauge-equivariant normalizing flow to sample configurations of U(1) and SU(3) lattice gauge theory and compare topological freezing with Hybrid Monte Carlo near the continuum limit of lattice QCD.',
    });
    expect(r.topics).toEqual(expect.arrayContaining(['generative', 'hep']));
  });

  it('knows more words of attacks and fairness: gradient inversion, adversarially robust models', () => {
    expect(tagger.classify({
      title: 'Gradient inversion recovers training images from shared updates',
      abstract: 'In distributed training, clients share model updates; we reconstruct their images from a single batch and compare reconstruction quality across architectures.',
    }).topics).toContain('safety');
    expect(tagger.classify({
      title: 'Adversarially robust image classifiers via randomized input smoothing',
      abstract: 'We train convolutional networks with noisy inputs and certify their predictions within an l2 ball.',
    }).topics).toEqual(expect.arrayContaining(['vision', 'safety']));
  });

  it('lets a facet the abstract develops stand next to a subject the title names once', () => {
    // Title weight 2.25: one title phrase no longer outweighs two distinct abstract phrases of another topic.
    expect(tagger.classify({
      title: 'Text-to-speech for every household',
      abstract: 'We describe a neural model of speech whose training cost and latency are low.',
    }).topics).toEqual(['audio', 'efficiency']);
  });

  // Papers written for these tests (not from any labelled set).
  it('reads a title that names both machine learning and a physics field as AI for science', () => {
    expect(tagger.classify({
      title: 'Neural networks find galaxy mergers in cosmological simulations',
      abstract: 'We train a convolutional classifier on mock images from hydrodynamical simulations to identify merging galaxies, then apply it to survey imaging to measure how the merger rate evolves with redshift.',
    }).topics).toEqual(expect.arrayContaining(['astro', 'science']));
    // One ML phrase, never developed in the text, does not make a physics exam for a language model AI for science.
    expect(tagger.classify({
      title: 'Language models sit a general relativity exam',
      abstract: 'We pose graduate exam questions on black holes, geodesics and the Einstein equations to a language model and grade the answers by hand; answers on spacetime curvature are the weakest.',
    }).topics).not.toContain('science');
  });

  it('lets a title that names a facet ("Fast …") make do with less evidence in the abstract', () => {
    const abstract = 'Ocean circulation models are a costly part of every climate model. We train a neural surrogate on output of a global ocean model; it predicts sea-surface temperature, salinity and currents, couples to the atmosphere component of an earth system model and gives a large speedup on a single GPU.';
    expect(tagger.classify({ title: 'Fast neural surrogates for ocean circulation', abstract }).topics).toEqual(['science', 'efficiency']);
    expect(tagger.classify({ title: 'Neural surrogates for ocean circulation', abstract }).topics).toEqual(['science']);
  });

  it.each([
    ['data', 'Can vision-language models read scientific plots?', 'We introduce PlotRead, a benchmark that evaluates chart reasoning of vision-language models, consisting of 4,000 question-answer pairs over plots from papers. A human baseline reaches 92% while the best model reaches 61%.'],
    ['safety', 'Do chat assistants lean to one side?', 'We measure political bias in the answers of instruction-tuned language models to policy questions, find a consistent ideological bias and discuss its societal impact and unintended consequences for users.'],
    ['efficiency', 'Keyword spotting with spiking neural networks on neuromorphic chips', 'We convert a speech command classifier into a spiking network that runs on neuromorphic hardware and recognises spoken keywords in real time.'],
    ['theory', 'How speech encoders compress what they hear', 'We follow the information bottleneck of self-supervised speech encoders during pretraining and relate it to the minimum description length of their representations; stochastic gradient noise drives a late compression phase.'],
    ['interpretability', 'What do vision transformers look at?', 'We compare attention patterns of vision transformers on ImageNet with feature importance from gradient-based attribution and find that they disagree on a third of the images.'],
    ['geometric', 'Learning to simulate cloth with interaction networks', 'We represent cloth as particles and learn their dynamics with interaction networks and graph pooling; the simulator is trained on rendered videos and generalises to new garments.'],
    ['rl', 'Scheduling cluster jobs with a learned dispatcher', 'A dispatcher network is trained with experience replay and a target network; the reward function penalises queueing delay. On production traces it cuts waiting time by 30%.'],
    ['optimization', 'Pretraining image classifiers with heavy-ball momentum', 'We train ResNets on ImageNet with SGD with momentum and compare to L-BFGS; heavy-ball updates reach a stationary point faster.'],
  ])('knows the standard vocabulary of %s (“%s”)', (want, title, abstract) => {
    expect(tagger.classify({ title, abstract }).topics).toContain(want);
  });

  it('gives the same answer after its word cache has filled up and been cleared', () => {
    const p = fixtures[0];
    const before = tagger.classify(p);
    // 40,000 distinct made-up words: more than the cache holds, so it is cleared at least once.
    const junk = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    tagger.classify({ title: 'filler', abstract: junk });
    expect(tagger.classify(p)).toEqual(before);
  });

  it('uses HF keywords when the abstract is vague', () => {
    const p = { title: 'A new architecture', abstract: 'We present a model and show it works well.' };
    const withKw = tagger.classify({ ...p, keywords: ['graph neural networks', 'message passing'] });
    expect(withKw.topics).toContain('geometric');
    expect(withKw.why.geometric.map((w) => w.toLowerCase())).toContain('graph neural networks');
  });

  it('reads British spellings as the lexicon\'s: "quantisation" is quantization, "generalised" is generalized', () => {
    expect(tagger.classify({ title: 'Post-training quantisation of large language models' }).topics).toEqual(['llm', 'efficiency']);
    expect(tagger.classify({ title: 'Generalised hydrodynamics of the XXZ chain' }).topics).toContain('statmech');
    expect(tagger.classify({ title: 'Magnetisation plateaus in a frustrated antiferromagnet' }).why.condmat).toContain('Magnetisation');
    // Prefix terms read the folded word too, before its plural is folded ("optimiz*" in "optimisers").
    expect(tagger.classify({ title: 'Optimising optimisers: adaptive learning rates' }).why.optimization).toEqual(expect.arrayContaining(['optimisers', 'Optimising']));
  });

  // Papers written for these tests (not from any labelled set).
  it('takes learned PDE solvers, reduced-order models and brain recordings for AI for science', () => {
    expect(tagger.classify({
      title: 'Deep operator networks for parametric heat conduction',
      abstract: 'We train a DeepONet to map boundary conditions to the solution of the heat equation, a partial differential equation, and compare it with a finite element solver.',
    }).topics[0]).toBe('science');
    expect(tagger.classify({
      title: 'A convolutional autoencoder for reduced-order models of unsteady flows',
      abstract: 'Our neural network compresses snapshots of the velocity field and advances them in its latent space, replacing an expensive solver.',
    }).topics).toContain('science');
    expect(tagger.classify({
      title: 'Decoding imagined movements from EEG with a transformer',
      abstract: 'We train a transformer on electroencephalography recordings of twenty subjects and decode which hand they imagined moving.',
    }).topics).toContain('science');
  });

  it('gives a learned solver of a steady PDE AI for science alone, and time series only to one that evolves a system in time', () => {
    const abstract = 'We learn the solution operator of parametric elliptic PDEs on arbitrary geometries with a Fourier neural operator, and compare it with a finite element solver on Darcy flow and linear elasticity.';
    expect(tagger.classify({ title: 'Geometry-aware neural operators for parametric PDEs', abstract }).topics).toEqual(['science']);
    expect(tagger.classify({
      title: 'Stable long-horizon rollouts of neural operators for turbulent flows',
      abstract: 'We train a Fourier neural operator to advance two-dimensional turbulence in time and keep its autoregressive rollouts stable for thousands of steps, forecasting the flow far beyond the training horizon.',
    }).topics).toEqual(expect.arrayContaining(['science', 'timeseries']));
  });

  it('takes scaling limits of particle systems and walks in random environments for probability theory', () => {
    expect(tagger.classify({
      title: 'Hydrodynamic limit of a totally asymmetric exclusion process with slow sites',
      abstract: 'We prove that the empirical density of the process converges to the entropy solution of a scalar conservation law, and identify its invariant measures.',
    }).topics).toContain('math');
    expect(tagger.classify({
      title: 'Quenched local limit theorem for random walks in a dynamic random environment',
      abstract: 'We prove a quenched local limit theorem and Gaussian heat kernel bounds for a random walk whose transition probabilities are resampled in time.',
    }).topics[0]).toBe('math');
  });

  it('reads finding actions in a video as vision, not as a time series', () => {
    const r = tagger.classify({
      title: 'Boundary-aware proposals for temporal action localization',
      abstract: 'Temporal action localization finds when each action starts and ends in an untrimmed video. We propose boundary-aware proposals scored by a transformer over frame features.',
    });
    expect(r.topics).toEqual(['vision']);
  });

  it('weighs the title over the abstract', () => {
    const abstract = 'We train a transformer on lattice data.';
    expect(tagger.classify({ title: 'Spin glasses', abstract }).topics[0]).toBe('statmech');
  });

  it('reads words in context: cross-entropy is not thermodynamics, a quantum field theory is not quantum computing', () => {
    expect(tagger.classify({ title: 'Label smoothing and the cross-entropy loss' }).topics).not.toContain('statmech');
    expect(tagger.classify({ title: 'Renormalization of a quantum field theory on curved backgrounds' }).topics).toEqual(['hep']);
  });

  // Papers written for these tests (not from any labelled set): words one field shares with another.
  it('does not take a bare “BEC” or “Yukawa” in a condensed-matter title for quantum computing or particle physics', () => {
    expect(tagger.classify({
      title: 'Preformed pairs on the BEC side of an underdoped cuprate',
      abstract: 'Using tunnelling spectra and specific heat we show that in the underdoped cuprate Cooper pairs form far above the critical temperature, as expected when pairing is strong. The superconducting gap and the pseudogap merge on this side of the phase diagram.',
    }).topics).toEqual(['condmat']);
    expect(tagger.classify({
      title: 'Non-Fermi liquid from random Yukawa interactions with a critical boson',
      abstract: 'We study electrons in two dimensions coupled to a critical boson with spatially random couplings. The resistivity is linear in temperature and the specific heat acquires a logarithmic correction, as in strange metals near a quantum critical point.',
    }).topics).toEqual(['condmat']);
    // A condensate of cold atoms is still quantum physics.
    expect(tagger.classify({
      title: 'Vortex nucleation in a rotating BEC',
      abstract: 'We stir a Bose-Einstein condensate of ultracold rubidium atoms in an optical trap and image the vortices that enter as the rotation frequency crosses a critical value.',
    }).topics).toContain('quantum');
  });

  it('does not call an ML paper AI for science because it runs “experiments” and “simulations”', () => {
    expect(tagger.classify({
      title: 'Layer-wise learning rates for image classifiers',
      abstract: 'We set a separate learning rate for each layer of a convolutional network. Experiments on CIFAR and ImageNet show better accuracy, further experiments vary depth, and simulations of training show the energy of the weights stays bounded. Experiments on cells of a recurrent network agree.',
    }).topics).not.toContain('science');
  });

  it('opens AI for science on firm physics evidence only, not on weak words such as “field”, “states” or “mass”', () => {
    const r = tagger.classify({
      title: 'Message passing with learned interaction fields for recommendation',
      abstract: 'We model users and items as particles whose interactions are mediated by a learned field. A graph neural network updates the states of each particle from its neighbours, with a coupling strength learned per edge and a mass term that damps popular items. On three recommendation datasets the model improves recall, and the field stays smooth across the cells of the user graph.',
    });
    expect(r.topics).toEqual(['geometric']);
  });

  it('reads a title that evaluates language models as an evaluation study', () => {
    expect(tagger.classify({
      title: 'Evaluating language models on contract review',
      abstract: 'We gather 300 commercial contracts with the clauses a lawyer would flag, and ask open and proprietary language models to find them. Models miss most indemnity clauses and over-flag boilerplate.',
    }).topics.sort()).toEqual(['data', 'llm']);
  });

  // Applied ML (written for these tests; not from any labelled set): vision-language models, generation, agents, RL.
  it('does not add language models to a vision-language paper that borrows their words, unless they lead', () => {
    const r = tagger.classify({
      title: 'Counting objects in crowded scenes with multimodal large language models',
      abstract: 'Vision-language models often miscount objects. We fine-tune a multimodal LLM with chain-of-thought reasoning over image tokens and reach state-of-the-art counting accuracy on three visual question answering benchmarks.',
    });
    expect(r.topics).toContain('multimodal');
    expect(r.topics).not.toContain('llm');
    // A paper about language models that mentions a multimodal variant keeps its subject.
    expect(tagger.classify({
      title: 'Instruction tuning of large language models with synthetic dialogues',
      abstract: 'We instruction-tune large language models on synthetic multi-turn dialogues generated by a stronger language model, improving instruction following; a multimodal variant is left to future work.',
    }).topics).toContain('llm');
  });

  it('reads image and video synthesis as vision as well as generative', () => {
    expect(tagger.classify({
      title: 'Block-sparse attention for fast video diffusion transformers',
      abstract: 'Attention over spatiotemporal tokens dominates the cost of video diffusion models. We learn which blocks of the attention map to keep, giving a 3x speedup of video generation at the same quality on VBench.',
    }).topics).toEqual(expect.arrayContaining(['generative', 'vision']));
  });

  it('reads audio-driven talking heads as multimodal, not as audio', () => {
    const r = tagger.classify({
      title: 'Audio-driven talking head generation with diffusion models',
      abstract: 'Given a portrait and a speech clip, our diffusion model generates a video whose lip motion matches the audio.',
    });
    expect(r.topics).toContain('multimodal');
    expect(r.topics).not.toContain('audio');
  });

  it('reads GUI agents as multimodal agents, and RL with verifiable rewards as RL on language models', () => {
    expect(tagger.classify({
      title: 'Training GUI agents to click the right button',
      abstract: 'GUI agents act on screenshots of desktop and phone apps. We improve GUI grounding of an agent that plans multi-step tasks and calls tools.',
    }).topics).toEqual(expect.arrayContaining(['agents', 'multimodal']));
    expect(tagger.classify({
      title: 'Curriculum schedules for reinforcement learning with verifiable rewards',
      abstract: 'RLVR trains a policy on math problems whose answers a program checks. We order problems by their pass rate and improve policy optimization with GRPO on four benchmarks.',
    }).topics).toEqual(expect.arrayContaining(['rl', 'llm']));
  });

  it('keeps a topic the title names when there are more than three candidates, and reads “Can language models …” as LLMs', () => {
    expect(tagger.classify({
      title: 'Can language models write faster sorting kernels?',
      abstract: 'We train a model with multi-turn reinforcement learning and a speedup reward to rewrite GPU kernels; an agent loop compiles, profiles and retries. The kernels reach a 1.5x speedup with lower latency.',
    }).topics).toContain('llm');
  });

  it('reads efficiency as the paper’s aim, not as an MoE, a KV cache or a serving engine mentioned in passing', () => {
    expect(tagger.classify({
      title: 'Open-weight reasoning models trained with long chains of thought',
      abstract: 'We train a family of mixture-of-experts language models with 30B total parameters on 15T tokens. The MoE architecture uses fine-grained expert routing. After supervised fine-tuning on long chain-of-thought data we apply reinforcement learning on math and code. The models lead open-weight models on AIME and LiveCodeBench, and weights are released with support for vLLM.',
    }).topics).not.toContain('efficiency');
    expect(tagger.classify({
      title: 'Rotating keys before quantizing the KV cache',
      abstract: 'The KV cache dominates memory during long-context inference of large language models. We rotate keys and values before 2-bit quantization, cutting KV cache memory by 7x with no loss on LongBench.',
    }).topics).toContain('efficiency');
    expect(tagger.classify({
      title: 'An asynchronous system for reinforcement learning of language models',
      abstract: 'Synchronous RL post-training leaves GPUs idle while the longest responses finish. We decouple rollout generation from policy training with a streaming weight update, and correct the resulting staleness in PPO. The system reaches 2.4x higher training throughput on the same hardware with equal accuracy on math reasoning.',
    }).topics).toEqual(expect.arrayContaining(['efficiency', 'rl']));
  });

  it('does not call an agent’s sandbox, guardrails and audit log a safety paper, but keeps attacks on agents', () => {
    expect(tagger.classify({
      title: 'A coding agent that opens pull requests on its own',
      abstract: 'We build an autonomous LLM agent that edits files and runs tests. It works in a secure sandbox, and guardrails restrict which commands it may run. Every action is logged for auditing, and security checks block network access. Further guardrails stop edits outside the repository. On SWE-bench it resolves 41% of issues.',
    }).topics).toEqual(['agents']);
    expect(tagger.classify({
      title: 'Prompt injection attacks on web agents',
      abstract: 'LLM agents that browse the web read untrusted pages. We show that hidden instructions in a page hijack the agent in 60% of tasks, and propose a defense that separates data from instructions, cutting the attack success rate to 3%.',
    }).topics).toEqual(expect.arrayContaining(['agents', 'safety']));
  });

  it('reads a title that names synthetic data as a data contribution, and choosing training data as a method', () => {
    expect(tagger.classify({
      title: 'Synthetic data from plotting programs for chart question answering',
      abstract: 'Multimodal models struggle with questions about charts. We generate plotting programs with an LLM, render the charts, and derive answers from the code. Fine-tuning a vision-language model on 1M such questions improves accuracy on chart benchmarks.',
    }).topics).toEqual(expect.arrayContaining(['data', 'multimodal']));
    expect(tagger.classify({
      title: 'Data selection for pretraining data of language models by learnability',
      abstract: 'Which documents should a language model be pretrained on? We score pretraining data by how much a small proxy model learns from it and keep the most learnable documents. A 1B model trained on the selected data matches one trained on twice as many tokens on standard benchmarks. We release the scores.',
    }).topics).not.toContain('data');
  });

  it('reads “which layer encodes what” as representation analysis (interpretability)', () => {
    expect(tagger.classify({
      title: 'What self-supervised music models know about harmony',
      abstract: 'We fit linear classifiers to the activations of each layer of a self-supervised music model. Chord information is encoded most strongly in the middle layers, while timbre peaks in early layers.',
    }).topics.sort()).toEqual(['audio', 'interpretability']);
  });

  it('does not call a method AI for science when the sciences are only listed as test cases in one sentence', () => {
    const title = 'Operator learning with certified spectra for nonlinear dynamics';
    const examples = tagger.classify({
      title,
      abstract: 'We learn a linear latent dynamics with a neural network trained on trajectories of nonlinear dynamical systems, and certify which learned eigenvalues are accurate. Error bounds hold with high probability as the data grow. We test the method on molecular dynamics trajectories, fluid flows and climate records.',
    }).topics;
    expect(examples).toContain('timeseries');
    expect(examples).not.toContain('science');
    // The same science developed in two sentences is the paper's subject.
    expect(tagger.classify({
      title,
      abstract: 'We learn a linear latent dynamics with a neural network trained on trajectories of molecular dynamics, and certify which learned eigenvalues are accurate. Error bounds hold with high probability as the data grow. We test the method on molecular dynamics of proteins, fluid flows and climate records.',
    }).topics).toContain('science');
  });

  it('does not read a science in “brain-inspired” as the paper’s subject', () => {
    expect(tagger.classify({
      title: 'Brain-inspired sparse coding for robust image recognition',
      abstract: 'We propose a brain-inspired sparse coding layer for convolutional networks that mimics lateral inhibition. On ImageNet and CIFAR-10 it improves robustness to corruptions and keeps clean accuracy.',
    }).topics).toEqual(['vision']);
  });

  it('reads a reasoning-model paper that shrinks its cache as efficiency, with no generic ML word needed', () => {
    const r = tagger.classify({
      title: 'Pruning the Cache of Reasoning Models During Long Decoding',
      abstract: 'Reasoning models such as DeepSeek-R1 and Qwen3 write long traces, and the KV cache grows with every token. We evict cached tokens whose keys repeat earlier ones. KV cache compression at a budget of 1,024 tokens keeps 98% of accuracy on AIME and GPQA, and decoding throughput rises 4x.',
    });
    expect(r.topics).toEqual(expect.arrayContaining(['llm', 'efficiency']));
  });

  it('reads generative reward models and verifiers as LLM judges, not as generative models', () => {
    const r = tagger.classify({
      title: 'Generative Process Reward Models for Math Reasoning',
      abstract: 'Process reward models score each step of a reasoning trace. We train a generative verifier that writes its own chain of thought before judging a step, then use it as a dense reward in reinforcement learning of a language model on GSM8K and MATH-500.',
    });
    expect(r.topics).not.toContain('generative');
    expect(r.topics).toEqual(expect.arrayContaining(['llm', 'rl']));
  });

  it('reads audio-language models as multimodal, and joint audio-video generation as audio too', () => {
    expect(tagger.classify({
      title: 'Listening Before Answering in Large Audio-Language Models',
      abstract: 'Large audio-language models answer questions about speech, music and environmental sound. We add a listening pass that captions the audio before the answer and improve accuracy on three audio question answering benchmarks.',
    }).topics).toEqual(expect.arrayContaining(['audio', 'multimodal']));
    expect(tagger.classify({
      title: 'Synchronised Audio-Video Generation with One Diffusion Transformer',
      abstract: 'We generate video and its soundtrack together with a diffusion transformer that attends across both streams, trained on captioned clips with aligned audio. Footsteps and speech land on the right frames.',
    }).topics).toEqual(expect.arrayContaining(['generative', 'audio']));
  });

  it('reads document parsing and 3D asset generation as vision', () => {
    expect(tagger.classify({
      title: 'A Compact Vision-Language Model for Document Parsing',
      abstract: 'We convert scanned pages into Markdown with tables and formulas in reading order, using a 1B vision-language model trained on millions of pages.',
    }).topics).toEqual(expect.arrayContaining(['multimodal', 'vision']));
    expect(tagger.classify({
      title: 'Textured 3D Asset Generation with Rectified Flow',
      abstract: 'A variational autoencoder maps meshes to sparse voxel latents and a rectified flow transformer generates them from an image; a second stage paints textures. Chamfer distance improves by 20%.',
    }).topics).toEqual(expect.arrayContaining(['generative', 'vision']));
  });

  it('returns no topics for an empty paper and never throws on odd input', () => {
    expect(tagger.classify({ title: '' })).toEqual({ topics: [], why: {} });
    expect(() => tagger.classify({ title: '∂∂∂ — ‘’ 12345', abstract: 'Ω'.repeat(5000), keywords: [] })).not.toThrow();
  });

  it('never emits a hidden topic', () => {
    const edits = { v: 1 as const, builtin: { hep: { hidden: true }, science: { hidden: true } }, custom: [] };
    const hidden = createTagger({ edits });
    expect(effectiveTopics(edits).find((t) => t.id === 'hep')?.hidden).toBe(true);
    for (const p of fixtures) {
      const r = hidden.classify(p);
      expect(r.topics).not.toContain('hep');
      expect(r.topics).not.toContain('science');
      expect(r.why).not.toHaveProperty('hep');
    }
  });
});
