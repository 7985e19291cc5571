// Built-in phrase lexicon, written from domain knowledge of ML and physics vocabulary (not from labelled titles).
// Per topic: [weight, 'phrase|phrase|…']. Weights: 3 = decisive, 2 = strong, 1 = supporting, <1 = weak hint,
// negative = counter-evidence. Phrases are matched on stemmed words ("black holes" = "black hole");
// a trailing '*' matches any word starting with the stem ("superconduct*"), a leading '*' any word ending with it.
// The longest phrase at a position wins and consumes its words, so "quantum field theory" counts for hep only.

export type WeightedPhrases = Array<[number, string]>;

/** What a natural science studies (AI for science = these + machine learning; see GATES). */
const SCIENCE_DOMAINS: WeightedPhrases = [
    [3, 'molecule|molecules|molecular generation|molecular property|protein*|drug discovery|drug design|materials discovery|materials science|chemistry|chemical|crystal structure prediction|interatomic potential*|machine learning potential*|machine-learned potential*|machine-learning potential*|neural network potential*|force field*|quantum chemistry|catalyst*|catalysis|genomic*|single-cell|gene expression|biology|biological|enzyme*|rna|dna|antibod*|ligand*|docking|retrosynthesis|polymer*|electrolyte*|battery|batteries|scientific machine learning|ai for science|scientific discovery|machine learning for physics|ml for physics|physics-informed neural network*|pinn|pinns|neural operator*|fourier neural operator|climate model*|weather prediction|earth system|neuroscience|medical|clinical|healthcare|biomedical|pathology|radiology|cellular|peptide*|amino acid*|cryo-em|alphafold|materials design|inverse design|density functional theory|dft|ab initio|first-principles|first principles|molecular dynamics|computational chemistry|cheminformatics|bioinformatics|organic|crystal*|lattice qcd with machine learning|jet tagging|event generation|particle physics data|scientific data|scientific computing|surrogate model*|emulator*'],
    [2, 'molecular|materials|material|atoms|atomic|atomistic|physics-informed|physical system*|physical simulation*|simulation*|climate|weather|fluid dynamics|turbulence|turbulent|cfd|brain|cells|cell|biomolecul*|electronic structure|spectroscopy|experimental data|experiment*|physics'],
    [1, 'scientific|physical|simulate|simulating|energies|energy|conformation*|structure prediction|microscopy|imaging'],
];

export const LEXICON: Record<string, WeightedPhrases> = {
  llm: [
    [3, 'large language model|language model|llm|llms|gpt*|chatgpt|instruction tuning|instruction-tuned|instruction following|chain-of-thought|in-context learning|prompt engineering|prompting|tokenizer|tokenization|next-token prediction|masked language model|bert|llama|qwen|deepseek|mistral|natural language processing|nlp|text generation|question answering|machine translation|retrieval-augmented generation|rag|hallucination*|reasoning model|test-time scaling|test-time compute|supervised fine-tuning|decoder-only|pretrained language|pre-trained language|foundation model|small language model|slm'],
    [2, 'natural language|prompt|prompts|chatbot|dialogue|conversational|summarization|code generation|mathematical reasoning|text classification|sentiment|word embedding|linguistic*|long context|long-context|perplexity|fine-tuning|finetuning|pretraining|pre-training|open-weight|text-to-sql|multilingual'],
    [1, 'language|text|reasoning|token|tokens|instruction*|corpus|transformer|transformers|attention|autoregressive|alignment'],
  ],
  vision: [
    [3, 'computer vision|image classification|object detection|semantic segmentation|instance segmentation|image segmentation|vision transformer|vit|image recognition|pose estimation|depth estimation|optical flow|super-resolution|image restoration|inpainting|3d reconstruction|novel view synthesis|neural radiance field|nerf|gaussian splatting|imagenet|visual recognition|scene understanding|video understanding|action recognition|face recognition|image editing|object tracking|image synthesis|video generation|image generation|visual representation|image retrieval|metric learning'],
    [2, 'image|images|video|videos|visual|segmentation|camera|photorealistic|pixel*|convolutional neural network|cnn|cnns|point cloud|3d scene|rendering|stereo|lidar'],
    [1, 'vision|detection|scene|view|3d'],
  ],
  generative: [
    [3, 'diffusion model|diffusion-based|denoising diffusion|score-based|score matching|flow matching|rectified flow|normalizing flow|normalising flow|generative adversarial|gan|gans|variational autoencoder|vae|vaes|energy-based model|generative model*|stochastic interpolant*|schrodinger bridge|consistency model|latent diffusion|probability flow|boltzmann generator|gflownet|generative flow network|neural sampler|diffusion sampler|ddpm|ddim|text-to-image|classifier-free guidance|generative modeling|generative modelling|reverse diffusion|denoising score|diffusion transformer|masked diffusion|discrete diffusion|autoregressive generation|image generation|video generation|image synthesis'],
    [2, 'generative|denoiser|denoising|sampler|samplers|fid|sample quality|likelihood-based|score function|generation quality|data generation|synthesize|synthesis|vector quantization'],
    [2, 'diffusion|diffusions'],
    [1, 'sampling|latent|generate|generating|generation|samples|autoregressive|transport'],
  ],
  rl: [
    [3, 'reinforcement learning|policy gradient|policy optimization|policy optimisation|q-learning|actor-critic|markov decision process|mdp|mdps|multi-armed bandit|bandit|bandits|rlhf|verifiable reward*|rlvr|grpo|ppo|mean field game|mean-field game|multi-agent reinforcement|marl|offline rl|off-policy|on-policy|temporal difference|bellman|reward model*|inverse reinforcement|markov game|policy mirror|deep rl|rl'],
    [2, 'reward|rewards|policy|policies|regret|exploration|exploitation|value function|q-function|imitation learning|preference optimization|dpo|nash equilibri*|game theory|game-theoretic|stochastic game|agent|agents|sample efficiency'],
    [1, 'game|games|equilibri*|decision making|sequential decision*|control'],
  ],
  agents: [
    [3, 'llm agent*|language agent*|autonomous agent*|ai agent*|agentic|tool use|tool-use|tool calling|function calling|web agent*|gui agent*|computer-use|computer use agent*|coding agent*|software engineering agent*|swe-bench|agent benchmark|multi-agent system*|agent framework|agent-based|deep research'],
    [2, 'agent|agents|tool|tools|planning|planner|orchestrat*|workflow*|long-horizon|web navigation|memory module|self-improving|autonomous'],
    [1, 'environment|interactive|collaboration|task completion'],
  ],
  multimodal: [
    [3, 'multimodal|multi-modal|vision-language|vision language|vlm|vlms|mllm|mllms|visual question answering|vqa|image captioning|audio-visual|audiovisual|image-text|text-image|clip|cross-modal|video-language|text-to-video|text-to-image|any-to-any|omni-modal|visual grounding|visual instruction'],
    [2, 'modality|modalities|captioning|caption|captions|visual reasoning|video question|speech-text|grounding'],
    [1, 'image|video|visual|audio|text'],
  ],
  audio: [
    [3, 'speech recognition|asr|text-to-speech|tts|speech synthesis|speech|spoken|audio|music|musical|speaker verification|voice|singing|sound event|audio generation|audio language model|automatic speech'],
    [2, 'speaker|acoustic|waveform|spectrogram|sound|listening|prosody'],
  ],
  robotics: [
    [3, 'robot|robots|robotic|robotics|locomotion|embodied|autonomous driving|self-driving|humanoid|quadruped|grasping|sim-to-real|vision-language-action|vla|motion planning|teleoperation|dexterous|legged|manipulator|robot learning|end-to-end driving|autonomous vehicle*'],
    [2, 'manipulation|navigation|drone|drones|uav|uavs|control policy|visuomotor|trajectory planning|driving|vehicle|vehicles|gripper'],
    [1, 'control|controller|physical world|real-world deployment|actuator*'],
  ],
  efficiency: [
    [3, 'quantization|quantized model|post-training quantization|quantization-aware|pruning|knowledge distillation|model compression|low-rank adaptation|lora|parameter-efficient|peft|mixture of experts|mixture-of-experts|moe|flashattention|flash attention|kv cache|kv-cache|inference serving|speculative decoding|distributed training|data parallel*|pipeline parallel*|model parallel*|tensor parallel*|memory-efficient|memory efficient|memory footprint|mixed precision|low-precision|low precision|int8|int4|fp8|fp4|linear attention|sparse attention|hardware-aware|throughput|inference cost|inference efficiency|efficient inference|efficient training|compute-efficient|energy-efficient|edge device*|on-device|accelerator design|hardware accelerator*'],
    [2, 'distillation|compression|compress|latency|speedup|speed-up|gpu|gpus|tpu|fpga|hardware|flops|sparsity|sparse|efficient|efficiency|memory|cache|serving|scalable|parallel|parallelism|kernel fusion|faster|cost'],
    [1.5, 'fast|speed|lightweight|accelerat*|scalability'],
    [1, 'budget|runtime|compute'],
  ],
  theory: [
    [3, 'generalization bound*|generalization error|generalisation error|training dynamics|learning dynamics|grokking|lazy regime|rich regime|lazy training|feature learning|neural tangent kernel|ntk|mean field limit|mean-field limit|infinite width|infinite-width|wide neural network*|overparameteri*|over-parameteri*|double descent|scaling law*|implicit bias|implicit regulari*|loss landscape|learning theory|statistical learning theory|pac-bayes*|pac learning|sample complexity|vc dimension|rademacher|edge of stability|neural collapse|benign overfitting|teacher-student|student-teacher|random feature*|expressivity|expressive power|universal approximation|approximation theory|depth separation|simplicity bias|spectral bias|statistical mechanics of learning|two-layer neural network*|two-layer network*|shallow neural network*|deep linear network*|linear network*|kernel regime|catapult|emergence of|in-context learning theory|memorization|memorisation|generalization gap|inductive bias|theory of deep learning|deep learning theory|infinite-depth|muP|maximal update'],
    [2, 'theoretical understanding|theoretically|demystif*|we prove|theorem|theoretical framework|expressiv*|representational capacity|token dynamics|generalization|generalisation|generalize|initialization|initialisation|overfitting|phase diagram of learning|learning curve*|width|depth|representation learning|provabl*|theoretical analysis|theoretical|high-dimensional|high dimensional|asymptotic*|learnability|hebbian|perceptron|hopfield|associative memory|dynamical mean-field|dmft'],
    [1, 'gradient flow*|kernel|kernels|neural network*|deep network*|deep learning|theory|learning|training|trained|network|networks|regime|regimes|bound|bounds|dynamics'],
  ],
  optimization: [
    [3, 'optimizer|optimizers|optimiser*|stochastic gradient descent|sgd|adam|adamw|gradient descent|convex optimization|convex optimisation|non-convex|nonconvex|convergence rate|second-order method*|newton method|newton\'s method|quasi-newton|natural gradient|minimax|min-max|saddle point*|gradient descent ascent|variational inequalit*|preconditioner|preconditioning|preconditioned|mirror descent|proximal|stochastic optimization|zeroth-order|bilevel|learning rate*|muon optimizer|mixed nash|wasserstein gradient flow|mean-field langevin|mean field langevin|linear programming|combinatorial optimization|optimization algorithm*|optimisation algorithm*|global convergence|local minima|global minim*|line search|momentum method|nesterov|hyperparameter optimization|bayesian optimization|black-box optimization|derivative-free'],
    [2, 'optimization|optimisation|optimize|optimise|optimizing|optimal transport|convergence|converge|converges|objective function|gradient method*|descent|ascent|lagrangian relaxation|constrained optimization|duality|primal-dual|solver|minimization|minimisation|maximization|regularization'],
    [1, 'gradient|gradients|optimal|loss function|minimax problem*|convex|nash'],
  ],
  safety: [
    [3, 'ai safety|adversarial attack*|adversarial example*|adversarial robustness|jailbreak*|red teaming|red-teaming|backdoor*|data poisoning|poisoning attack*|differential privacy|differentially private|privacy|membership inference|fairness|machine unlearning|unlearning|watermark*|deepfake*|certified robustness|sycophancy|reward hacking|guardrail*|harmful|toxicity|misinformation|deceptive|deception|misalignment|ai alignment|value alignment|safety alignment|trustworthy ai|responsible ai|model auditing|auditing|federated learning'],
    [2, 'ethical|ethics|moral*|societal|safety|safe|adversarial|robustness|attack|attacks|alignment|bias|biases|trustworthy|verification|formal verification|risk|risks|secure|security|threat'],
  ],
  interpretability: [
    [3, 'interpretability|interpretable|explainability|explainable|xai|mechanistic|probing|sparse autoencoder*|saliency|feature attribution|attribution method*|activation patching|steering vector*|linear probe*|logit lens|circuit discovery|shapley|concept-based|concept bottleneck|monosemantic*|polysemantic*|explanation method*|post-hoc explanation*|representation analysis|internal representation*'],
    [2, 'attribution|explanation|explanations|explain|neurons|activations|probe|probes|representation geometry|transparency|circuits|sae|saes'],
    [1, 'features|understanding|internal'],
  ],
  geometric: [
    [3, 'graph neural network*|gnn|gnns|message passing|message-passing|equivariant|equivariance|invariant neural network*|e(3)|se(3)|e(n)|group equivariant|gauge equivariant|geometric deep learning|graph convolution*|graph transformer*|manifold learning|hyperbolic embedding*|hyperbolic neural|steerable|permutation invariant|permutation equivariant|deep sets|graph learning|node classification|link prediction|graph representation learning|simplicial|sheaf neural|symmetry-aware|lie group*|group convolution*|invariant representation*|equivariant representation*|learning on manifolds|riemannian manifold*|topological deep learning|graph neural'],
    [2, 'graph|graphs|symmetry|symmetries|invariance|invariant|manifold|manifolds|riemannian|hyperbolic|point cloud*|geometric|geometry|so(3)|group action*|node|nodes|mesh|meshes|topological data analysis'],
  ],
  timeseries: [
    [3, 'time series|time-series|forecasting|forecast|forecasts|dynamical system*|chaotic system*|chaotic dynamics|lorenz|neural ode*|neural sde*|neural differential equation*|neural ordinary|system identification|koopman|reservoir computing|spatio-temporal|spatiotemporal|weather forecast*|trajectory prediction|long-term prediction|data assimilation|attractor*|lyapunov exponent*|takens|delay embedding|temporal dynamics|echo state|nonlinear dynamics|dynamics learning|learning dynamical|equation discovery|sindy|symbolic regression'],
    [2, 'chaos|chaotic|temporal|ordinary differential equation*|ode|odes|sde|sdes|trajectory|trajectories|nonlinear dynamic*|dynamical|recurrent|sequential data|prediction horizon|long-term|short-term|physics-informed|neural operator*|fourier neural operator|pde|pdes|partial differential equation*|surrogate|emulator|emulat*|sequence'],
    [1, 'dynamics|prediction|predict|predicting|stochastic differential equation*|differential equation*|time|sequence modeling|state space model*|state-space model*|recurrent neural network*|rnn|rnns|lstm'],
  ],
  science: [
    ...SCIENCE_DOMAINS,
    [2, 'neural network*|machine learning|machine-learning|deep learning|data-driven|learned|learning-based|neural|accelerate discovery'],
  ],
  data: [
    [3, '^dataset|^datasets|^benchmark|^benchmarks|^benchmarking|^corpus|^leaderboard|^challenge|^challenges|^evaluation suite|^arena|new benchmark|novel benchmark|comprehensive benchmark|a benchmark|the benchmark|benchmark for|benchmark of|benchmark to|benchmark dataset|benchmark suite|evaluation suite|new dataset|novel dataset|large-scale dataset|a dataset|dataset of|dataset for|dataset and benchmark|datasets and benchmark*|leaderboard|testbed|test bed|*bench|*benchmark|we release|we curate|curated dataset|annotated dataset|human-annotated|open dataset|publicly available dataset|data collection pipeline|evaluation framework|evaluation protocol|challenge set|data set of|corpus of|we introduce the first'],
    [2, 'benchmark|benchmarks|benchmarking|dataset|datasets|corpus|annotation*|annotated|curated|evaluation|evaluate|evaluating|tasks'],
    [-1, 'trained on|existing benchmark*|standard benchmark*|several benchmark*|multiple benchmark*|various benchmark*|popular benchmark*|public benchmark*|benchmark result*|benchmark task*|on benchmark*|across benchmark*|synthetic dataset*|real-world dataset*|training data|training dataset*'],
  ],
  probabilistic: [
    [3, 'bayesian|variational inference|mcmc|markov chain monte carlo|uncertainty quantification|conformal prediction|causal discovery|causal inference|gaussian process*|simulation-based inference|likelihood-free|approximate bayesian computation|expectation maximization|expectation-maximization|hamiltonian monte carlo|sequential monte carlo|particle filter*|importance sampling|stein variational|posterior sampling|posterior distribution*|posterior inference|probabilistic model*|probabilistic inference|bayesian inference|credible interval*|hypothesis test*|statistical inference|nonparametric|non-parametric|density estimation|kernel density|causal effect*|structural causal|treatment effect*|probabilistic programming|evidence lower bound|elbo|statistical estimation|estimator*|minimax rate*|empirical bayes|markov random field*|graphical model*'],
    [2, 'posterior|posteriors|uncertainty|uncertainties|probabilistic|likelihood|calibration|calibrated|causal|causality|inference|monte carlo|statistics|sampling|estimation|kalman|bootstrap|random variable*'],
    [1, 'stochastic|statistical|prior|priors|estimate|variational|distributional|gaussian'],
  ],
  hep: [
    [3, 'ads/cft|anti-de sitter|holograph*|conformal field theor*|quantum field theor*|qft|string theory|string theories|superstring*|supersymmetr*|susy|supergravity|black hole*|gauge theor*|yang-mills|general relativity|quantum gravity|higgs|standard model|lhc|collider*|hadron*|quark*|gluon*|qcd|lattice qcd|neutrino*|beyond the standard model|bsm|effective field theor*|scattering amplitude*|feynman|brane*|d-brane*|kaluza-klein|compactification*|calabi-yau|swampland|de sitter|wormhole*|hawking|bekenstein|ryu-takayanagi|black hole thermodynamic*|holographic thermodynamic*|black hole entropy|hawking-page|entanglement wedge|page curve|jt gravity|jackiw-teitelboim|sachdev-ye-kitaev|syk|conformal bootstrap|electroweak|yukawa|lepton*|meson*|baryon*|pion*|nucleon*|heavy-ion|heavy ion|quark-gluon plasma|axion*|cp violation|grand unification|gmsb|gauge mediation|gauge mediated|top quark|w boson|z boson|dark photon*|particle physics|high-energy physics|high energy physics|phenomenology|renormali*|instanton*|anomalies|hooft|wilson loop*|chern-simons|topological field theor*|twistor*|celestial|asymptotic symmetr*|bms|unruh|einstein gravity|einstein equation*|gravity|lattice gauge theor*|lattice field theor*|lattice quantum field theor*|lattice quantum electrodynamic*|quantum electrodynamic*|qed|lattice simulation*|schwarzschild|kerr|horizon*|nuclear structure|nuclear physics|nuclei|nucleus|nuclear|shell model|shell-model|relativistic mean-field|relativistic mean field|neutron star*|nuclear matter|dilaton|tachyon*|boson*|fermion*|muon*|positron*|proton*|neutron*|hadronic|dense matter|chiral symmetry|gauge group|central charge|operator product expansion|ope|virasoro|modular invariance|s-matrix|unitarity bound*|lorentz|lorentzian|minkowski|ads|cft|cosmological constant'],
    [2, 'gravitational|spacetime*|space-time|gauge|conformal|bootstrap|scattering|cross section*|decay*|dark matter|chiral|soliton*|anomaly|vacuum|path integral*|scalar field*|dirac|spinor*|curvature|metric|symmetry breaking|spontaneous symmetry breaking|mass spectrum|coupling*|supersymmetric|duality|dual|bulk|boundary theory|field theory|string|strings|rotational nuclei|rotating nuclei|high spin|cranking|relativistic|quantum field'],
    [1, 'amplitudes|particle*|energy scale|mass|masses|perturbative|non-perturbative|loop*|effective|symmetry|symmetries|entanglement entropy'],
    [0.5, 'field|fields'],
  ],
  condmat: [
    [3, 'superconduct*|strongly correlated|correlated electron*|hubbard|fermi-hubbard|mott|antiferromagnet*|ferromagnet*|spin liquid*|topological insulator*|topological phase*|topological order|quantum hall|anyon*|majorana|semimetal*|fermi surface|fermi liquid|non-fermi liquid|strange metal*|heisenberg model|kitaev|lattice model*|band structure|phonon*|electron-phonon|cuprate*|nickelate*|graphene|moire|twisted bilayer|van der waals|spintronic*|magnon*|skyrmion*|charge density wave*|pseudogap|kondo|heavy fermion*|quantum critical*|hall effect|condensed matter|solid-state|solid state|spin chain*|dmrg|exact diagonali*|magnetism|magnetic order*|magnetic material*|frustrated magnet*|berry phase|berry curvature|chern number*|edge state*|bose-hubbard|t-j model|xxz|spin model*|tight-binding|tight binding|quasiparticle*|excitons|exciton*|polaron*|polariton*|dielectric|ferroelectric*|multiferroic*|thermoelectric|thin film*|heterostructure*|transition metal|perovskite*|electronic correlation*|many-electron|mean-field hamiltonian|lattice hamiltonian*|fractionaliz*|spinon*|flat band*|flat-band|altermagnet*|torus chain|clock model|potts chain|quantum magnet*'],
    [2, 'magnetic|spin|spins|electron*|electronic|crystal*|conductivity|resistivity|transport|doping|doped|superfluid*|metal|metallic|insulator*|insulating|material|materials|fermion*|topological|band|bands|gap|magnetization|susceptibility|hamiltonian*|phase diagram*|disorder*|localization|quantum material*|tensor network*|matrix product state*|density functional theory|dft|glass|ground state*|excitation*|orbital*'],
    [1.5, 'lattice|lattices'],
    [1, 'many-body|many body|order parameter|interaction*|temperature|low-temperature|correlation*|mean-field|mean field'],
  ],
  quantum: [
    [3, 'quantum computing|quantum computer*|quantum computation|quantum algorithm*|qubit*|quantum circuit*|quantum error correction|error-correcting code*|fault-tolerant|fault tolerant|quantum information|entanglement|entangled|quantum many-body|many-body localization|mbl|thermalization|thermalisation|eigenstate thermalization|cold atom*|ultracold|optical lattice*|trapped ion*|trapped-ion|rydberg|quantum simulation*|quantum simulator*|variational quantum|vqe|qaoa|quantum machine learning|quantum annealing|quantum advantage|quantum supremacy|decoherence|open quantum system*|lindblad*|quantum channel*|quantum state*|quantum dynamics|quantum chaos|scrambling|out-of-time-order*|otoc*|spectral form factor|quantum walk*|quantum sensing|quantum metrology|quantum optic*|cavity qed|quantum gate*|quantum hardware|quantum noise|quantum measurement*|bell inequalit*|nonlocality|teleportation|quantum key distribution|quantum communication|neural quantum state*|quantum many body|floquet|quench*|unitary dynamics|quantum thermodynamics|quantum system*|quantum spin*|bose-einstein condensate*|bec|quantum phase*|quantum tomography|tomography|quantum mechanic*|schrodinger equation|quantum random|quantum version|quantum random energy model|hilbert space*|density matri*|purification|entanglement entropy|integrable|integrability|random unitar*|random circuit*|quantum error mitigation|photon*|photonic|quantum'],
    [2, 'unitary|hamiltonian*|eigenstate*|many-body|many body|spectral statistics|level statistics|coherent|coherence|superposition|measurement|measurements|fidelity|trotter*|tensor network*|matrix product state*|spin chain*|bosons|fermions|atoms|exact diagonali*|random matrix|random matrices|dissipative|driven'],
    [1, 'spin|spins|operator*|eigenvalue*|state|states|symmetry sector*|thermal|chain'],
  ],
  statmech: [
    [3, 'statistical mechanics|statistical physics|entropy production|stochastic thermodynamics|fluctuation theorem*|fluctuation-dissipation|jarzynski|landauer|maxwell\'s demon|maxwell demon|information thermodynamics|spin glass*|spin-glass*|replica method|replica symmetr*|replica trick|cavity method|critical phenomena|universality class*|ising|potts|percolation|random energy model|glassy|jamming|detailed balance|fokker-planck|brownian|stochastic process*|kinetic theory|partition function*|heat engine*|active matter|self-propelled|complex system*|large deviation*|renormalization group|renormalisation group|metastab*|disordered system*|kardar-parisi-zhang|kpz|anomalous diffusion|first passage|first-passage|kuramoto|boltzmann distribution|gibbs measure*|gibbs distribution*|free energy landscape|entropy production rate|second law|heat bath|thermal equilibrium|equilibration|ergodicity breaking|aging|coarsening|random walk*|master equation*|markov process*|exclusion process|asep|tasep|nonequilibrium steady state*|steady state*|crooks|irreversibility|time-reversal|arrow of time|thermal bath*|boltzmann distribution|canonical ensemble|microcanonical|grand canonical|ensemble*|hopfield model|edwards-anderson|sherrington-kirkpatrick|sk model|p-spin'],
    [2, 'thermodynamic*|phase transition*|criticality|critical exponent*|critical point*|non-equilibrium|nonequilibrium|out-of-equilibrium|out of equilibrium|equilibrium|fluctuation*|free energy|critical|universality|mean-field theory|mean field theory|disorder*|dissipation|self-organi*|order parameter*|phase diagram*|relaxation|correlation function*|collective|entropy|entropies|temperature|langevin|glass*|spin system*'],
    [1, 'emergent|emergence|stochastic|diffusion|statistical|thermal|heat|scaling|mean-field|mean field|random|work|information theory|mutual information|complexity|noise|many-body|many body|interacting|boltzmann'],
  ],
  astro: [
    [3, 'cosmolog*|galaxy|galaxies|galactic|dark energy|cosmic microwave background|cmb|inflation*|inflaton|gravitational wave*|gravitational-wave*|ligo|virgo|pulsar*|supernova*|exoplanet*|planetary|telescope*|redshift*|hubble|cosmic ray*|universe|big bang|primordial|astrophysic*|accretion|quasar*|interstellar|stellar|star formation|gravitational lensing|weak lensing|strong lensing|large-scale structure|sky survey|baryon acoustic|dark matter halo*|halo*|black hole merger*|binary black hole*|binary neutron star*|magnetar*|white dwarf*|solar|sun|neutron star*|cosmic|astronom*|observatory|jwst|euclid|desi|lsst|sdss|kilonova*|gamma-ray burst*|fast radio burst*|n-body simulation*|reionization|recombination era|21-cm|21 cm'],
    [2, 'cosmological constant|equation of state|star|stars|dark matter|hubble tension|friedmann|expansion|observational|observations|survey|flrw|de sitter|early universe|planck|sky|orbit*|planet*|spectra|luminosity|x-ray'],
    [1, 'gravitational|cosmic|black hole*|halo|radiation|scalar field*'],
  ],
  math: [
    [3, 'category theory|categorical|functor*|monoidal|topos|number theory|combinatoric*|homolog*|cohomolog*|riemannian geometry|differential geometry|algebraic geometry|operator algebra*|functional analysis|banach|sobolev|measure theory|probability theory|stochastic calculus|martingale*|ergodic theory|graph theory|modular form*|elliptic curve*|prime number*|group theory|representation theory|lie algebra*|symplectic|knot*|sheaf|sheaves|conjecture*|homotopy|spectral theory|operator theory|well-posedness|existence and uniqueness|topological space*|fusion categor*|tensor categor*|hopf|quiver*|galois|arithmetic|groupoid*|homological|finite group*|character table*|irreducible representation*|branching rule*|fusion rule*|mathematical physics|pure mathematics'],
    [2, 'theorem|theorems|lemma|we prove|proof|proofs|rigorous|rigorously|mathematical|mathematics|algebra|algebras|algebraic|isomorphism*|abelian|non-abelian|fractal*|integer*|polynomial*|asymptotic expansion*'],
    [1, 'inequality|inequalities|closed-form|analytical|analytically|characterization|characterisation|topology|manifold*|partial differential equation*|geometry|analytic|formula'],
  ],
};

/** Phrases that carry no topic but consume their words, so a word is not read out of context. */
export const BLOCKERS =
  'cross entropy|cross-entropy|cross-entropy loss|temperature scaling|sampling temperature|field of view|receptive field|holographic display*|digital holograph*|computer-generated holograph*|quantum-inspired|quantum inspired|canonical quantization|geometric quantization|deformation quantization|second quantization|quantized conductance|quantized vortex|quantized vortices|vector quantized|star rating|attention head*|policy maker*|public policy|energy consumption|energy efficiency|energy-efficient|carbon footprint|market|financial|economic*|black box|black-box|graph of thought*|knowledge graph*|scene graph*|computational graph*|language of|common sense|state of the art|state-of-the-art|free energy principle|gradient boosting|mean squared error|mean absolute error|random forest*|random seed*|at random|random search|in practice|real world|real-world|first time|time step|time steps|long time|same time|run time|language barrier|natural image*|field experiment*|field study|field test*|shell script*|particle accelerator*|accelerator physics';

/**
 * Helper cues that are never shown as topics. `_ml`: the paper uses machine learning at all. Phrases listed here
 * also keep their meaning for the real topics (a phrase can count for several topics).
 */
export const AUX_LEXICON: Record<string, WeightedPhrases> = {
  _domain: SCIENCE_DOMAINS,
  _ml: [
    [2, 'neural network*|neural net|neural nets|deep learning|machine learning|machine-learning|machine-learned|machine learned|deep neural|graph neural network*|neural network potential*|machine learning potential*|machine-learned potential*|diffusion model*|generative model*|neural operator*|fourier neural operator|physics-informed neural network*|pinn|pinns|gnn|gnns|reinforcement learning|data-driven|foundation model*|pretrained|pre-trained|pretraining|pre-training|fine-tuning|finetuning|autoencoder*|variational autoencoder|transformer|transformers|large language model|language model|llm|llms|convolutional neural network|cnn|cnns|self-supervised|supervised learning|unsupervised learning|representation learning|learning-based|learned|learning|training|trained|neural|equivariant|message passing|normalizing flow*|flow matching|score-based|active learning|surrogate model*|emulator*|kernel ridge|gaussian process*|random forest*|gradient boosting|classifier|classifiers|regression|meta learning|meta-learning|in-context learning|contrastive|embedding*|attention mechanism|inference time|mamba|state space model*|recurrent neural network*|rnn|rnns|lstm|neural ode*|neural sde*|perceptron|hopfield|boltzmann machine*|neural quantum state*'],
  ],
};

/** Topics that only make sense for papers about learning: scaled down when no ML cue is present. */
export const GATES: Record<string, Array<{ cue: string[]; min: number; factor: number }>> = {
  // AI for science needs both: machine learning, and a natural science (its own domain words or a physics topic;
  // not statistical physics, whose meeting with ML is usually learning theory).
  science: [
    { cue: ['_ml'], min: 2, factor: 0.3 },
    { cue: ['_domain', 'hep', 'condmat', 'quantum', 'astro'], min: 3, factor: 0.3 },
  ],
  theory: [{ cue: ['_ml'], min: 2, factor: 0.3 }],
  geometric: [{ cue: ['_ml'], min: 2, factor: 0.4 }],
  generative: [{ cue: ['_ml'], min: 2, factor: 0.5 }],
  efficiency: [{ cue: ['_ml'], min: 2, factor: 0.5 }],
};
